package com.necxian.refunds.payment.application;

import java.time.Instant;
import java.util.UUID;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.domain.Payout;

/** The events a payout's final answer is published as (through the outbox, in the use case's transaction). */
final class OutcomeEvents {

    private OutcomeEvents() {
    }

    static RefundProcessed processed(Payout p, long amountMinor, String providerReference, Instant at) {
        return RefundProcessed.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId(p.refundId())
                .setOrderNumber(p.orderNumber()).setOccurredAt(at).setCorrelationId(p.correlationId())
                .setCustomer(customer(p)).setAmountMinor(amountMinor).setCurrency(p.currency())
                .setResolution(Resolution.valueOf(p.resolution().name())).setProviderReference(providerReference)
                .build();
    }

    static RefundFailed failed(Payout p, String reason, boolean permanent, Instant at) {
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
