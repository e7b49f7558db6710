package com.necxian.refunds.policy.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.store.Decisions.Source;

/** refund.requested in, a decision out; the container runs each delivery in a Kafka transaction. */
@Component
class RefundRequestListener {

    private final DecisionFlow flow;

    RefundRequestListener(DecisionFlow flow) {
        this.flow = flow;
    }

    @KafkaListener(id = "policy-decisions", idIsGroup = false, topics = Topics.REFUND_REQUESTED)
    void on(RefundRequested request, @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
            @Header(KafkaHeaders.OFFSET) long offset) {
        flow.decide(request, new Source(partition, offset));
    }
}
