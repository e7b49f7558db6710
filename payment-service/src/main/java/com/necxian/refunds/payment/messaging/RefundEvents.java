package com.necxian.refunds.payment.messaging;

import java.time.Instant;
import java.util.UUID;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.domain.Payout;

/** Translates between the Avro contracts and the payment domain. */
public final class RefundEvents {

    private RefundEvents() {
    }

    public static Payout payout(RefundApproved e) {
        return new Payout(e.getRefundId(), e.getEventId(), e.getOrderNumber(), e.getCorrelationId(),
                e.getCustomer().getId(), e.getCustomer().getEmail(), e.getCustomer().getName(),
                com.necxian.refunds.payment.domain.Resolution.valueOf(e.getResolution().name()),
                e.getPayment().getMethod().name(), e.getPayment().getReference(), e.getAmountMinor(),
                e.getOrderPaidMinor(), e.getCurrency(), e.getOccurredAt(), e.getProcessBy());
    }

    public static RefundProcessed processed(Payout p, long amountMinor, String providerReference, Instant at) {
        return RefundProcessed.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId(p.refundId())
                .setOrderNumber(p.orderNumber()).setOccurredAt(at).setCorrelationId(p.correlationId())
                .setCustomer(customer(p)).setAmountMinor(amountMinor).setCurrency(p.currency())
                .setResolution(Resolution.valueOf(p.resolution().name())).setProviderReference(providerReference)
                .build();
    }

    public static RefundFailed failed(Payout p, String reason, boolean permanent, Instant at) {
        return RefundFailed.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId(p.refundId())
                .setOrderNumber(p.orderNumber()).setOccurredAt(at).setCorrelationId(p.correlationId())
                .setCustomer(customer(p)).setAmountMinor(p.approvedMinor()).setCurrency(p.currency())
                .setResolution(Resolution.valueOf(p.resolution().name())).setReason(reason).setPermanent(permanent)
                .build();
    }

    private static Customer customer(Payout p) {
        return Customer.newBuilder().setId(p.customerId()).setEmail(p.customerEmail()).setName(p.customerName())
                .build();
    }
}
