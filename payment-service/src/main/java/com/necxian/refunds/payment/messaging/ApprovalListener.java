package com.necxian.refunds.payment.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.PollTransaction;
import com.necxian.refunds.payment.application.PayApproval;

/**
 * Approved refunds in, a poll at a time: each approval of the poll goes to {@link PayApproval}, all in one database
 * transaction ({@link PollTransaction}). An approval that cannot be taken is retried a bounded number of times
 * ({@code necxian.messaging.retry.*}), then dead-lettered, and the approvals after it go on.
 */
@Component
class ApprovalListener {

    private final PayApproval payApproval;
    private final PollTransaction poll;

    ApprovalListener(PayApproval payApproval, PlatformTransactionManager transactions) {
        this.payApproval = payApproval;
        this.poll = new PollTransaction(transactions);
    }

    @KafkaListener(id = "payment-approvals", idIsGroup = false, topics = Topics.REFUND_APPROVED, batch = "true")
    void on(List<ConsumerRecord<String, RefundApproved>> approvals) {
        poll.handle(approvals, record -> payApproval.accept(ApprovalPayouts.payout(record.value())));
    }
}
