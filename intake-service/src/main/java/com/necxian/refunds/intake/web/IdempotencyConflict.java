package com.necxian.refunds.intake.web;

class IdempotencyConflict extends RuntimeException {

    IdempotencyConflict() {
        super("This Idempotency-Key was already used with a different request body. Use a new key for a new request.");
    }
}
