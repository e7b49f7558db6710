package com.necxian.refunds.payment.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.PollTransaction;
import com.necxian.refunds.payment.payout.ApprovedRefunds;

/**
 * Approved refunds in, a poll at a time: every approval of the poll enters the ledger (once: deduplicated by event id
 * and by refund id) with its outbox rows, in one database transaction ({@link PollTransaction}). An approval that
 * cannot be taken is retried a bounded number of times ({@code necxian.messaging.retry.*}), then dead-lettered, and
 * the approvals after it go on.
 */
@Component
class ApprovalListener {

    private final ApprovedRefunds approvedRefunds;
    private final PollTransaction poll;

    ApprovalListener(ApprovedRefunds approvedRefunds, PlatformTransactionManager transactions) {
        this.approvedRefunds = approvedRefunds;
        this.poll = new PollTransaction(transactions);
    }

    @KafkaListener(id = "payment-approvals", idIsGroup = false, topics = Topics.REFUND_APPROVED, batch = "true")
    void on(List<ConsumerRecord<String, RefundApproved>> approvals) {
        poll.handle(approvals, record -> approvedRefunds.accept(record.value()));
    }
}
