package com.necxian.refunds.payment.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.payment.payout.ApprovedRefunds;

/** Approved refunds in: each approval enters the ledger once (deduplicated by event id and by refund id). */
@Component
class ApprovalListener {

    private final ApprovedRefunds approvedRefunds;

    ApprovalListener(ApprovedRefunds approvedRefunds) {
        this.approvedRefunds = approvedRefunds;
    }

    @KafkaListener(id = "payment-approvals", idIsGroup = false, topics = Topics.REFUND_APPROVED)
    void on(RefundApproved approval) {
        approvedRefunds.accept(approval);
    }
}
