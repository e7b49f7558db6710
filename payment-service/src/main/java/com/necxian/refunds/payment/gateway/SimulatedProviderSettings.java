package com.necxian.refunds.payment.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulated provider: how long each call takes, the share of calls that fail transiently at random, and how
 * long a refund stays pending before it is confirmed (zero: confirmed at once).
 */
@ConfigurationProperties("necxian.payment.simulated")
public record SimulatedProviderSettings(Duration latency, double transientFailureRate, Duration confirmationDelay) {

    public SimulatedProviderSettings {
        latency = latency == null ? Duration.ZERO : latency;
        confirmationDelay = confirmationDelay == null ? Duration.ZERO : confirmationDelay;
    }
}
