package com.necxian.refunds.payment.web.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated provider ({@code necxian.payment.simulated}): how long each call takes, the share of calls that
 * fail transiently at random (0 to 1), and how long a refund stays pending before it is confirmed (zero: at once).
 */
@ConfigurationProperties("necxian.payment.simulated")
public record SimulatedProviderSettings(@DefaultValue("50ms") Duration latency,
        @DefaultValue("0.0") double transientFailureRate, @DefaultValue("2s") Duration confirmationDelay) {

    public SimulatedProviderSettings {
        if (latency.isNegative() || confirmationDelay.isNegative()) {
            throw new IllegalArgumentException("necxian.payment.simulated.latency and confirmation-delay cannot be "
                    + "negative: " + latency + ", " + confirmationDelay);
        }
        if (!(transientFailureRate >= 0 && transientFailureRate <= 1)) {
            throw new IllegalArgumentException(
                    "necxian.payment.simulated.transient-failure-rate is a share from 0 to 1: " + transientFailureRate);
        }
    }
}
