package com.necxian.refunds.payment.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.necxian.refunds.payment.domain.RetrySchedule;

/**
 * How the payout use cases run (prefix {@code necxian.payment}): defaults here, checked here at start-up. The
 * provider's choice and settings belong to the provider adapters ({@code web.provider}).
 */
@ConfigurationProperties("necxian.payment")
public record PaymentSettings(@DefaultValue Worker worker, @DefaultValue Retry retry) {

    /**
     * The payout worker: how often it looks for due payouts, how many it claims at once, how many provider calls
     * run in parallel, how long a claim keeps other workers off (a crashed attempt is retried after it), and how
     * soon a refund the provider accepted as pending is checked again.
     */
    public record Worker(@DefaultValue("100ms") Duration pollInterval, @DefaultValue("200") int batchSize,
            @DefaultValue("16") int parallelism, @DefaultValue("60s") Duration claimLease,
            @DefaultValue("5s") Duration confirmationCheck) {

        public Worker {
            positive("necxian.payment.worker.poll-interval", pollInterval);
            positive("necxian.payment.worker.claim-lease", claimLease);
            positive("necxian.payment.worker.confirmation-check", confirmationCheck);
            atLeastOne("necxian.payment.worker.batch-size", batchSize);
            atLeastOne("necxian.payment.worker.parallelism", parallelism);
        }
    }

    /** Backoff between attempts after a transient provider failure. */
    public record Retry(@DefaultValue("5s") Duration initial, @DefaultValue("1h") Duration max,
            @DefaultValue("2.0") double multiplier) {

        public Retry {
            positive("necxian.payment.retry.initial", initial);
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("necxian.payment.retry.max (" + max + ") is below retry.initial ("
                        + initial + ")");
            }
            if (!(multiplier >= 1.0)) {
                throw new IllegalArgumentException("necxian.payment.retry.multiplier must be at least 1: " + multiplier);
            }
        }

        public RetrySchedule schedule() {
            return new RetrySchedule(initial, max, multiplier);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
