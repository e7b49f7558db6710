package com.necxian.refunds.payment.messaging;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.domain.Resolution;

/** An approval event as the payout the payment service carries out. */
public final class ApprovalPayouts {

    private ApprovalPayouts() {
    }

    public static Payout payout(RefundApproved e) {
        return new Payout(e.getRefundId(), e.getEventId(), e.getOrderNumber(), e.getCorrelationId(),
                e.getCustomer().getId(), e.getCustomer().getEmail(), e.getCustomer().getName(),
                Resolution.valueOf(e.getResolution().name()), e.getPayment().getMethod().name(),
                e.getPayment().getReference(), e.getAmountMinor(), e.getOrderPaidMinor(), e.getCurrency(),
                e.getOccurredAt(), e.getProcessBy());
    }
}
