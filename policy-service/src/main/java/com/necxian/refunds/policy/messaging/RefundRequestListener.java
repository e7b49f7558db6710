package com.necxian.refunds.policy.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.application.DecideRequests;

/**
 * refund.requested in, a poll at a time, handed to {@link DecideRequests}: every record of the poll is decided in
 * one database transaction that also writes the events to the outbox. A record that cannot be decided is retried a
 * bounded number of times and then dead-lettered, and the records after it go on (shared error handler).
 */
@Component
class RefundRequestListener {

    private final DecideRequests decide;

    RefundRequestListener(DecideRequests decide) {
        this.decide = decide;
    }

    @KafkaListener(id = "policy-decisions", idIsGroup = false, topics = Topics.REFUND_REQUESTED, batch = "true")
    void on(List<ConsumerRecord<String, RefundRequested>> records) {
        decide.decideAll(records);
    }
}
