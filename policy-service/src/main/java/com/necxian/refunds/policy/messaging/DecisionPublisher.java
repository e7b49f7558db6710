package com.necxian.refunds.policy.messaging;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.Topics;

/**
 * Sends events. Inside a listener the sends join the container's Kafka transaction; the outbox relay runs a
 * transaction of its own that has committed when {@link #publishNow} returns.
 */
@Component
public class DecisionPublisher {

    private final KafkaTemplate<String, Object> kafka;

    DecisionPublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** Joins the Kafka transaction already running on this thread (the listener container's). */
    public void publish(String refundId, List<SpecificRecord> events) {
        for (SpecificRecord event : events) {
            kafka.send(Topics.of(event), Topics.keyOf(event), event);
        }
    }

    /** Runs its own Kafka transaction and returns once it committed. */
    public void publishNow(List<SpecificRecord> events) {
        kafka.executeInTransaction(operations -> {
            events.forEach(event -> operations.send(Topics.of(event), Topics.keyOf(event), event));
            return null;
        });
    }
}
