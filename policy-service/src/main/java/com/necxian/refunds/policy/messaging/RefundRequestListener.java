package com.necxian.refunds.policy.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.store.Decisions.Source;

/**
 * refund.requested in, a decision out. The container runs each delivery in a Kafka transaction; the decision's
 * database transaction has committed before the events are sent (see {@link DecisionFlow}).
 */
@Component
class RefundRequestListener {

    private final DecisionFlow flow;
    private final DecisionPublisher publisher;

    RefundRequestListener(DecisionFlow flow, DecisionPublisher publisher) {
        this.flow = flow;
        this.publisher = publisher;
    }

    @KafkaListener(id = "policy-decisions", idIsGroup = false, topics = Topics.REFUND_REQUESTED)
    void on(RefundRequested request, @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
            @Header(KafkaHeaders.OFFSET) long offset) {
        publisher.publish(request.getRefundId(), flow.decide(request, new Source(partition, offset)));
    }
}
