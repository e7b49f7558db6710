package com.necxian.refunds.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a failing record is retried before it goes to its dead-letter topic ({@link BoundedRetry}): {@code attempts}
 * retries after the first delivery, exponential from {@code initial-interval} up to {@code max-interval} (defaults:
 * 3 retries within 1.4 s); a database outage is retried every {@code outage-interval} until it passes, uncounted.
 */
@ConfigurationProperties("necxian.messaging.retry")
public record RetryProperties(Integer attempts, Duration initialInterval, Duration maxInterval,
        Duration outageInterval) {

    public RetryProperties {
        attempts = attempts == null ? 3 : attempts;
        initialInterval = initialInterval == null ? Duration.ofMillis(200) : initialInterval;
        maxInterval = maxInterval == null ? Duration.ofSeconds(1) : maxInterval;
        outageInterval = outageInterval == null ? Duration.ofSeconds(2) : outageInterval;
    }
}
