package com.necxian.refunds.policy.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.necxian.refunds.policy.messaging.ReviewDesk;

/** RFC 9457 problem details for every error a reviewer, operator or storefront can cause or meet. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields; each is listed in errors. Nothing was changed.");
        problem.setTitle(e.title);
        problem.setProperty("errors", e.problems);
        return problem;
    }

    @ExceptionHandler(ReviewDesk.ReviewNotFound.class)
    ProblemDetail notFound(ReviewDesk.ReviewNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Review not found");
        return problem;
    }

    @ExceptionHandler(ReviewDesk.AlreadyDecided.class)
    ProblemDetail alreadyDecided(ReviewDesk.AlreadyDecided e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Review already decided");
        return problem;
    }

    @ExceptionHandler(ReviewDesk.AmountAboveWhatWasPaid.class)
    ProblemDetail tooMuch(ReviewDesk.AmountAboveWhatWasPaid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Amount above what was paid");
        problem.setProperty("errors", java.util.List.of(new FieldProblem("amount", e.getMessage())));
        return problem;
    }
}
