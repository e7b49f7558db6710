package com.necxian.refunds.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

import com.necxian.refunds.events.Topics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What happens once a record is given up on: counted per original topic
 * ({@code necxian_dead_letters_total{topic}}, from 0 for every topic), logged as a WARN with topic, partition and
 * offset, and its retry count deleted.
 */
final class DeadLetterCounts implements RetryListener {

    /** Micrometer's name; Prometheus shows {@code necxian_dead_letters_total}. */
    static final String NAME = "necxian.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounts.class);

    private final MeterRegistry registry;
    private final DeliveryAttempts attempts;

    /** Either may be null: no metrics, or no database. */
    DeadLetterCounts(MeterRegistry registry, DeliveryAttempts attempts) {
        this.registry = registry;
        this.attempts = attempts;
        Topics.ALL.forEach(topic -> counter(topic));
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
        // logged by BoundedRetry, with the count that survives restarts
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        log.warn("{} sent to {} ({})", Failures.where(record), Topics.deadLetter(record.topic()),
                Failures.describe(failure));
        Counter counter = counter(record.topic());
        if (counter != null) {
            counter.increment();
        }
        forget(record);
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        log.error("{} could not be sent to {} ({}); it is tried again", Failures.where(record),
                Topics.deadLetter(record.topic()), Failures.describe(failure));
    }

    private void forget(ConsumerRecord<?, ?> record) {
        String group = org.springframework.kafka.support.KafkaUtils.getConsumerGroupId();
        if (attempts == null || group == null) {
            return;
        }
        try {
            attempts.forget(group, record);
        } catch (RuntimeException e) {
            log.warn("{}: its failure count could not be deleted ({})", Failures.where(record), Failures.describe(e));
        }
    }

    private Counter counter(String topic) {
        if (registry == null) {
            return null;
        }
        return Counter.builder(NAME).tag("topic", topic)
                .description("Records given up on and sent to <topic>.dlt, by original topic").register(registry);
    }
}
