package com.necxian.refunds.payment.domain;

import java.time.Duration;
import java.time.Instant;

/** Exponential backoff for transient gateway failures, never past the processBy deadline (PROC-3). */
public record RetrySchedule(Duration initial, Duration max, double multiplier) {

    public Instant next(Instant now, int attemptsSoFar, Instant processBy) {
        double factor = Math.pow(multiplier, Math.max(0, attemptsSoFar - 1));
        long millis = (long) Math.min(max.toMillis(), initial.toMillis() * factor);
        Instant next = now.plusMillis(millis);
        return next.isAfter(processBy) ? processBy : next;
    }
}
