package com.necxian.refunds.notification.domain;

import java.time.Duration;

/** Exponential backoff between delivery attempts: first, 2×first, 4×first ... never more than max. */
public record RetryBackoff(Duration first, Duration max) {

    /** The wait before the next attempt, after {@code failedAttempts} (1 or more) failed ones. */
    public Duration after(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
