package com.necxian.refunds.intake.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake writes RefundRequested ({@code necxian.intake.publishing.*}). {@code acknowledgementTimeout}: how long a
 * request waits for the broker's acknowledgement before it is answered 503 (within the producer's own
 * delivery.timeout.ms it would fail by itself; this bounds the wait of the request thread).
 */
@ConfigurationProperties("necxian.intake.publishing")
public record PublishingSettings(@DefaultValue("8s") Duration acknowledgementTimeout) {

    public PublishingSettings {
        if (acknowledgementTimeout.isNegative() || acknowledgementTimeout.isZero()) {
            throw new IllegalArgumentException("necxian.intake.publishing.acknowledgement-timeout must be positive");
        }
    }
}
