package com.necxian.refunds.payment.messaging;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.payment.config.PaymentSettings;
import com.necxian.refunds.payment.store.Outbox;

/**
 * Publishes outbox rows in order and marks them sent once the broker acknowledged them (acks=all). A failure
 * leaves them unsent for the next round; consumers deduplicate by eventId, so a resend is harmless.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final Outbox outbox;
    private final KafkaTemplate<String, Object> kafka;
    private final TransactionTemplate transaction;
    private final int batchSize;

    OutboxRelay(Outbox outbox, KafkaTemplate<String, Object> kafka, TransactionTemplate transaction,
            PaymentSettings settings) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.transaction = transaction;
        this.batchSize = settings.outbox().batchSize();
    }

    @Scheduled(fixedDelayString = "${necxian.payment.outbox.poll-interval}")
    void relay() {
        try {
            while (publishBatch() == batchSize) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay could not publish; will retry: {}", e.toString());
        }
    }

    int publishBatch() {
        Integer sent = transaction.execute(status -> {
            List<Outbox.Pending> pending = outbox.lockUnsent(batchSize);
            if (pending.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> acks = pending.stream()
                    .<CompletableFuture<?>>map(p -> kafka.send(p.topic(), p.key(), p.event())).toList();
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                        .get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw new IllegalStateException("broker did not acknowledge the outbox batch", e);
            }
            outbox.markSent(pending.stream().map(Outbox.Pending::id).toList());
            return pending.size();
        });
        return sent == null ? 0 : sent;
    }
}
