package com.necxian.refunds.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a failing record is retried (exponential back-off) before it goes to its dead-letter topic. A service
 * whose records must not be parked during a short database outage (payment) sets more attempts.
 */
@ConfigurationProperties("necxian.messaging.retry")
public record RetryProperties(Integer attempts, Duration initialInterval, Duration maxInterval) {

    public RetryProperties {
        attempts = attempts == null ? 3 : attempts;
        initialInterval = initialInterval == null ? Duration.ofMillis(200) : initialInterval;
        maxInterval = maxInterval == null ? Duration.ofSeconds(10) : maxInterval;
    }
}
