package com.necxian.refunds.messaging.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code necxian.outbox.*}: {@code enabled} turns the outbox and its relay on (policy and payment);
 * {@code batch-size} rows per batch (one send-and-wait, one update), {@code poll-interval} how often the relay looks
 * without being woken (a safety net: a commit wakes it at once), also the pause after a failed round;
 * {@code retention} how long sent rows are kept (unset: forever, no pruning; policy and payment: 7d), pruned every
 * {@code prune-interval} ({@link OutboxRetention}).
 */
@ConfigurationProperties("necxian.outbox")
public record OutboxProperties(Boolean enabled, Integer batchSize, Duration pollInterval, Duration retention,
        Duration pruneInterval) {

    public OutboxProperties {
        enabled = enabled != null && enabled;
        batchSize = batchSize == null ? 500 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        pruneInterval = pruneInterval == null ? Duration.ofHours(1) : pruneInterval;
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException("necxian.outbox.retention must be positive: " + retention);
        }
    }
}
