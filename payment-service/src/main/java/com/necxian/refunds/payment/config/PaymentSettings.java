package com.necxian.refunds.payment.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.necxian.refunds.payment.domain.RetrySchedule;

/**
 * The payment service's settings (prefix {@code necxian.payment}); defaults are in application.properties.
 * The operator credentials are required: the service refuses to start without them.
 */
@ConfigurationProperties("necxian.payment")
public record PaymentSettings(String gateway, Operator operator, Worker worker, Retry retry, Outbox outbox) {

    public record Operator(String username, String password) {
    }

    /**
     * The payout worker: how often it looks for due payouts, how many it claims at once, how many gateway calls
     * run in parallel, how long a claim keeps other workers off (a crashed attempt is retried after it), and how
     * soon a refund the provider accepted as pending is checked again.
     */
    public record Worker(Duration pollInterval, int batchSize, int parallelism, Duration claimLease,
            Duration confirmationCheck) {
    }

    /** Backoff between attempts after a transient gateway failure. */
    public record Retry(Duration initial, Duration max, double multiplier) {

        public RetrySchedule schedule() {
            return new RetrySchedule(initial, max, multiplier);
        }
    }

    public record Outbox(Duration pollInterval, int batchSize) {
    }

    public PaymentSettings {
        if (operator == null || blank(operator.username()) || blank(operator.password())) {
            throw new IllegalStateException("necxian.payment.operator.username/password (OPERATOR_USER, "
                    + "OPERATOR_PASSWORD) are not set");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
