package com.necxian.refunds.messaging.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code necxian.outbox.*}: {@code enabled} turns the outbox and its relay on (policy and payment);
 * {@code batch-size} rows per batch (one send-and-wait, one update), {@code poll-interval} how often the relay looks
 * without being woken (a safety net: a commit wakes it at once), also the pause after a failed round. The retention
 * settings ({@code retention}, {@code prune-interval}) belong to {@link OutboxRetentionAutoConfiguration}.
 */
@ConfigurationProperties("necxian.outbox")
public record OutboxProperties(Boolean enabled, Integer batchSize, Duration pollInterval) {

    public OutboxProperties {
        enabled = enabled != null && enabled;
        batchSize = batchSize == null ? 500 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    }
}
