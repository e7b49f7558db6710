package com.necxian.refunds.web.problem;

import java.net.URI;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one problem handler of every service (a service extends it to refine an answer, e.g. intake names the field of
 * an unreadable body). {@link ApiProblem}s answer themselves; Spring MVC's own errors (405, 406, 415...) get a stable
 * type instead of about:blank; an unavailable database is a 503 that says nothing was done; anything unexpected is a
 * 500 without internals.
 */
@RestControllerAdvice
public class ProblemAnswers extends ResponseEntityExceptionHandler {

    /** The database is down or out of connections: the transaction did not happen, so a retry is safe. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Object> databaseUnavailable(RuntimeException e, WebRequest request) {
        logger.warn("answered 503, database unavailable: " + e.getClass().getSimpleName());
        return answer(new ServiceUnavailable(
                "The request could not be recorded right now and nothing was done. Retry it later."), request);
    }

    /** Not ours to answer: the security chain turns these into 401 and 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        logger.error("answered 500 for an unexpected error", e);
        return answer(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. The request may or may not have been done; its status tells."),
                request);
    }

    /** Answers an {@link ApiProblem} from a handler, as Spring MVC answers one thrown by a controller. */
    protected final ResponseEntity<Object> answer(ApiProblem problem, WebRequest request) {
        return handleErrorResponseException(problem, problem.getHeaders(), problem.getStatusCode(), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && isBlank(problem.getType())) {
            ProblemType type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            if (problem.getTitle() == null || problem.getTitle().equals(reasonPhrase(status))) {
                problem.setTitle(type.title());
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static boolean isBlank(URI type) {
        return type == null || "about:blank".equals(type.toString());
    }

    private static String reasonPhrase(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        return known == null ? null : known.getReasonPhrase();
    }
}
