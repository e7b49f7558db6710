package com.necxian.refunds.intake.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.intake.application.RefundRequestNotWritten;
import com.necxian.refunds.intake.application.RefundRequestPublisher;

/** Writes RefundRequested and returns only once the broker acknowledged it (acks=all, idempotent producer). */
@Component
class KafkaRefundRequestPublisher implements RefundRequestPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaRefundRequestPublisher.class);

    private final KafkaTemplate<String, Object> kafka;
    private final PublishingSettings settings;

    KafkaRefundRequestPublisher(KafkaTemplate<String, Object> kafka, PublishingSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    @Override
    public void publish(RefundRequested event) {
        try {
            kafka.send(Topics.REFUND_REQUESTED, Topics.keyOf(event), event)
                    .get(settings.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notWritten(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw notWritten(e);
        }
    }

    private static RefundRequestNotWritten notWritten(Exception e) {
        log.warn("refund request not accepted, RefundRequested not acknowledged: {}", e.toString());
        return new RefundRequestNotWritten();
    }
}
