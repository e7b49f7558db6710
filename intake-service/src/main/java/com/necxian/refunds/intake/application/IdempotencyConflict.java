package com.necxian.refunds.intake.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/** 422 {@code idempotency-key-reused}: the key was already used with another body (http-api.md). */
public class IdempotencyConflict extends ApiProblem {

    public static final ProblemType TYPE = new ProblemType("idempotency-key-reused", "Idempotency-Key reused");

    IdempotencyConflict() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, TYPE, "This Idempotency-Key was already used with a different "
                + "request body. Use a new key for a new request.");
    }
}
