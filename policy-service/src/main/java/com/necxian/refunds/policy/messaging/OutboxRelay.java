package com.necxian.refunds.policy.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.policy.store.Outbox;

/**
 * Publishes the outbox: in one database transaction, lock the oldest unsent rows, send them in one Kafka
 * transaction, and mark them sent once it committed. If the database transaction fails after the Kafka commit
 * the rows are sent again next round with the same eventId (consumers dedupe); if the Kafka transaction fails
 * nothing is visible to read_committed consumers and the rows stay unsent.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final DecisionPublisher publisher;
    private final TransactionTemplate transaction;
    private final int batchSize;

    OutboxRelay(Outbox outbox, DecisionPublisher publisher, PlatformTransactionManager transactions,
            @Value("${necxian.policy.outbox.batch-size:100}") int batchSize) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${necxian.policy.outbox.poll-interval-ms:100}")
    void relay() {
        try {
            while (publishBatch() == batchSize) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay could not publish; the rows stay unsent and are retried: {}", e.toString());
        }
    }

    /** Publishes one batch; returns how many rows were sent and marked. */
    public int publishBatch() {
        Integer sent = transaction.execute(status -> {
            List<Outbox.Pending> pending = outbox.lockUnsent(batchSize);
            if (pending.isEmpty()) {
                return 0;
            }
            publisher.publishNow(pending.stream().map(Outbox.Pending::event).toList());
            outbox.markSent(pending.stream().map(Outbox.Pending::id).toList());
            return pending.size();
        });
        return sent == null ? 0 : sent;
    }
}
