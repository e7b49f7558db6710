package com.necxian.refunds.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.messaging.tracing.TraceParents;

/**
 * Handles every record of one poll of a batch listener in one database transaction: one commit per poll instead of
 * one per record. A record that fails (its handler throws, or its value could not be deserialized) is named to the
 * container's error handler ({@code DefaultErrorHandler}, {@link RefundsMessagingAutoConfiguration}) by a
 * {@link BatchListenerFailedException} with its index, once the records before it are committed; the error handler
 * then commits their offsets, retries the failed record a bounded number of times, dead-letters it and goes on with
 * the records after it. An undecodable record is not retried (the handler classifies it as fatal) and goes to its
 * dead-letter topic with its original bytes.
 *
 * <p>The failure rolls the poll's transaction back, so the records before the failed one are handled again in a
 * transaction of their own (the handler must be idempotent, as every consumer here is: by eventId, or by refund id).
 * If that transaction fails too, the earliest failure is the one reported. A failure outside any record (the commit
 * itself) is reported at index 0: that record is retried, and eventually dead-lettered, like any other.
 *
 * <p>Each record is handled in its own trace (its {@code traceparent} header, {@link TraceParents}), so the logs
 * and the events it causes belong to the refund it is about, not to the poll.
 */
public final class PollTransaction {

    private static final Logger log = LoggerFactory.getLogger(PollTransaction.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(PollTransaction.class);

    private final TransactionTemplate transaction;

    public PollTransaction(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code handler} for every record in order, in one transaction; see the class comment for failures. */
    public <V> void handle(List<ConsumerRecord<String, V>> records, Consumer<ConsumerRecord<String, V>> handler) {
        int end = records.size();
        RecordFailed failure = null;
        while (end > 0) {
            int upTo = end;
            try {
                transaction.executeWithoutResult(status -> {
                    for (int i = 0; i < upTo; i++) {
                        handleOne(records.get(i), i, handler);
                    }
                });
                break;
            } catch (RecordFailed failed) {
                failure = failed;
                end = failed.index;
                log.debug("record {} of {} failed; committing the {} before it", failed.index, records.size(), end);
            } catch (RuntimeException outsideAnyRecord) {
                failure = new RecordFailed(0, outsideAnyRecord);
                end = 0;
            }
        }
        if (failure != null) {
            ConsumerRecord<String, V> record = records.get(failure.index);
            throw new BatchListenerFailedException("cannot handle " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + failure.getCause(), failure.getCause(), failure.index);
        }
    }

    private static <V> void handleOne(ConsumerRecord<String, V> record, int index,
            Consumer<ConsumerRecord<String, V>> handler) {
        DeserializationException undecodable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        if (undecodable == null) {
            undecodable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        }
        if (undecodable != null) {
            throw new RecordFailed(index, undecodable);
        }
        try (var trace = TraceParents.open(record)) {
            if (record.value() == null) {
                throw new IllegalArgumentException("record without a value");
            }
            handler.accept(record);
        } catch (RuntimeException e) {
            throw new RecordFailed(index, e);
        }
    }

    /** Record {@code index} failed: the transaction rolls back and the loop commits the records before it. */
    private static final class RecordFailed extends RuntimeException {

        private final int index;

        RecordFailed(int index, Throwable cause) {
            super(cause);
            this.index = index;
        }
    }
}
