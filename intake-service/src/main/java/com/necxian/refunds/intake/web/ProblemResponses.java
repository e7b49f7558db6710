package com.necxian.refunds.intake.web;

import java.net.URI;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.necxian.refunds.intake.messaging.RefundRequestPublisher.EventNotWritten;

/** RFC 9457 problem details for every error the storefront can cause or meet. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The refund request has invalid fields; each is listed in errors.");
        problem.setTitle("Invalid refund request");
        problem.setProperty("errors", e.problems);
        return problem;
    }

    /**
     * Malformed JSON, or a value of the wrong type: name the field when the parser knows it. A body that passed
     * the size limit while Jackson read it arrives here too, wrapped (possibly with the path of the property being
     * read): that is 413, not a malformed request.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof BodyTooLarge) { // it has no cause of its own
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, BodyTooLarge.DETAIL);
            tooLarge.setTitle("Content Too Large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(tooLarge);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a valid refund request in JSON.");
        problem.setTitle("Malformed refund request");
        problem.setProperty("errors", List.of(unreadable(e)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The field the parser was reading (the whole body when it knows none) and what was wrong there. */
    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException jackson)) {
            return new FieldProblem("body", "is missing or is not JSON");
        }
        String field = jackson.getPath().isEmpty() ? "body" : jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
        Throwable kind = jackson;
        while (kind.getCause() instanceof JacksonException inner) { // a read error wrapped with the path to it
            kind = inner;
        }
        if (kind instanceof StreamConstraintsException) {
            return new FieldProblem(field, "goes beyond what a request may hold (nesting depth, length of a number "
                    + "or a name)");
        }
        if (kind instanceof StreamReadException read) {
            TokenStreamLocation at = read.getLocation();
            return new FieldProblem(field, "is not well-formed JSON, names a property twice, or holds a number out "
                    + "of range" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        return new FieldProblem(field,
                "has the wrong type (money is a decimal string such as \"199.00\"; dates are ISO-8601 instants)");
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ProblemDetail conflict(IdempotencyConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        return problem;
    }

    @ExceptionHandler(EventNotWritten.class)
    ResponseEntity<ProblemDetail> unavailable(EventNotWritten e) {
        return unavailable("refund request not accepted: " + e.getCause());
    }

    /** The database is down or out of connections: the claim was not made, so a retry is safe. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        return unavailable("refund request not accepted, database unavailable: " + e.getClass().getSimpleName());
    }

    private ResponseEntity<ProblemDetail> unavailable(String why) {
        logger.warn(why);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The request could not be recorded right now and nothing was accepted. Retry it later.");
        problem.setTitle("Refund intake unavailable");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(RefundNotFound.class)
    ProblemDetail notFound(RefundNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Refund not found");
        return problem;
    }
}
