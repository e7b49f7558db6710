package com.necxian.refunds.intake.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;

/** Writes RefundRequested and returns only once the broker acknowledged it (acks=all, idempotent producer). */
@Component
public class RefundRequestPublisher {

    /** The event could not be written: nothing was accepted. */
    public static class EventNotWritten extends RuntimeException {
        public EventNotWritten(Throwable cause) {
            super("the refund request could not be written to Kafka", cause);
        }
    }

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(8);

    private final KafkaTemplate<String, Object> kafka;

    RefundRequestPublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public void publish(RefundRequested event) {
        try {
            kafka.send(Topics.REFUND_REQUESTED, Topics.keyOf(event), event)
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotWritten(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new EventNotWritten(e);
        }
    }
}
