package com.necxian.refunds.messaging;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The back-off of one failing record, chosen by the shared error handler when the record fails: a record at fault
 * (a constraint or encoding error such as a NUL byte, an unknown symbol, a bug) is retried {@link RetryProperties}
 * times with a short exponential back-off, counted in {@link DeliveryAttempts} so a restart does not start over,
 * then dead-lettered; a database outage ({@link Failures#isOutage}) is retried every {@code outage-interval} until
 * it passes and never dead-letters anything. Every failure is logged as a WARN naming topic, partition and offset
 * and the cause's class, never the record's content.
 */
final class BoundedRetry implements BiFunction<ConsumerRecord<?, ?>, Exception, BackOff> {

    private static final Logger log = LoggerFactory.getLogger(BoundedRetry.class);

    private final RetryProperties retry;
    private final DeliveryAttempts attempts;

    /** {@code attempts} may be null (no database): the count is then kept in memory. */
    BoundedRetry(RetryProperties retry, DeliveryAttempts attempts) {
        this.retry = retry;
        this.attempts = attempts;
    }

    @Override
    public BackOff apply(ConsumerRecord<?, ?> record, Exception failure) {
        String where = Failures.where(record);
        String cause = Failures.describe(failure);
        if (Failures.isOutage(failure)) {
            long interval = retry.outageInterval().toMillis();
            return () -> () -> {
                log.warn("{} failed: {}, an outage rather than the record; retried in {} ms until it passes",
                        where, cause, interval);
                return interval;
            };
        }
        String group = KafkaUtils.getConsumerGroupId();
        AtomicInteger inMemory = new AtomicInteger();
        return () -> new BackOffExecution() {
            @Override
            public long nextBackOff() {
                int failures = count(group, record, inMemory);
                int tries = retry.attempts() + 1;
                if (failures >= tries) {
                    log.warn("{} failed: {}, try {} of {}; dead-lettering it", where, cause, failures, tries);
                    return STOP;
                }
                long next = Math.min(retry.initialInterval().toMillis() << Math.min(failures - 1, 20),
                        retry.maxInterval().toMillis());
                log.warn("{} failed: {}, try {} of {}; next in {} ms", where, cause, failures, tries, next);
                return next;
            }
        };
    }

    private int count(String group, ConsumerRecord<?, ?> record, AtomicInteger inMemory) {
        int counted = inMemory.incrementAndGet();
        if (attempts == null || group == null) {
            return counted;
        }
        try {
            return Math.max(counted, attempts.failed(group, record));
        } catch (RuntimeException e) {
            log.warn("{}: its failures could not be counted in the database ({}); counting in memory",
                    Failures.where(record), Failures.describe(e));
            return counted;
        }
    }
}
