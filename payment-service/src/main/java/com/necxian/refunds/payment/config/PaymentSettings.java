package com.necxian.refunds.payment.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.necxian.refunds.payment.domain.RetrySchedule;

/**
 * The payment service's settings (prefix {@code necxian.payment}); defaults are in application.properties.
 */
@ConfigurationProperties("necxian.payment")
public record PaymentSettings(String gateway, Worker worker, Retry retry) {

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

}
