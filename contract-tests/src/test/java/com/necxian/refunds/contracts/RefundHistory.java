package com.necxian.refunds.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;

/** The events one refund goes through, at the times given, as the services would write them. */
final class RefundHistory {

    static final int POLICY_VERSION = 3;

    final String refundId = UUID.randomUUID().toString();
    final String orderNumber;
    final String currency;
    private final Customer customer = new Customer("C-42", "ana@example.com", "Ana Ruiz");
    private final Payment payment = new Payment(PaymentMethod.CARD, "pay_8f2k");

    RefundHistory(String orderNumber, String currency) {
        this.orderNumber = orderNumber;
        this.currency = currency;
    }

    RefundRequested requested(String at, long amountPaidMinor) {
        Instant time = Instant.parse(at);
        return RefundRequested.newBuilder().setEventId(eventId()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(time).setCorrelationId("contract-test").setCustomer(customer)
                .setRespondBy(time.plusSeconds(7 * 86_400)).setOrderedAt(time.minusSeconds(5 * 86_400))
                .setProcessedAt(null).setPayment(payment).setCurrency(currency).setReason(RefundReason.DEFECTIVE)
                .setDescription("Left earcup crackles.").setEvidence(List.of())
                .setPreferredResolution(Resolution.REFUND)
                .setLines(List.of(OrderLine.newBuilder().setLineId("1").setProductType(ProductType.PHYSICAL)
                        .setAmountPaidMinor(amountPaidMinor).build()))
                .build();
    }

    RefundApproved approved(String at, long amountMinor, String... clauses) {
        Instant time = Instant.parse(at);
        return RefundApproved.newBuilder().setEventId(eventId()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(time).setCorrelationId("contract-test").setCustomer(customer)
                .setPolicyVersion(POLICY_VERSION).setAmountMinor(amountMinor).setCurrency(currency)
                .setOrderPaidMinor(amountMinor).setResolution(Resolution.REFUND).setPayment(payment)
                .setProcessBy(time.plusSeconds(7 * 86_400))
                .setLines(List.of(line(LineOutcome.APPROVE, amountMinor, clauses)))
                .setClauses(List.of(clauses)).setDecidedBy("policy").build();
    }

    RefundDenied denied(String at, String... clauses) {
        return RefundDenied.newBuilder().setEventId(eventId()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(Instant.parse(at)).setCorrelationId("contract-test").setCustomer(customer)
                .setPolicyVersion(POLICY_VERSION).setCurrency(currency)
                .setLines(List.of(line(LineOutcome.DENY, 0, clauses))).setClauses(List.of(clauses))
                .setDecidedBy("policy").build();
    }

    RefundReviewRequired reviewRequired(String at, long suggestedMinor, String... lineClauses) {
        Instant time = Instant.parse(at);
        return RefundReviewRequired.newBuilder().setEventId(eventId()).setRefundId(refundId)
                .setOrderNumber(orderNumber).setOccurredAt(time).setCorrelationId("contract-test")
                .setCustomer(customer).setPolicyVersion(POLICY_VERSION).setRespondBy(time.plusSeconds(7 * 86_400))
                .setCurrency(currency).setCategory("THIRD_PARTY").setRecommendation(LineOutcome.REVIEW)
                .setSuggestedAmountMinor(suggestedMinor)
                .setLines(List.of(line(LineOutcome.REVIEW, suggestedMinor, lineClauses))).setProblems(List.of())
                .build();
    }

    RefundProcessed processed(String at, long amountMinor) {
        return RefundProcessed.newBuilder().setEventId(eventId()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(Instant.parse(at)).setCorrelationId("contract-test").setCustomer(customer)
                .setAmountMinor(amountMinor).setCurrency(currency).setResolution(Resolution.REFUND)
                .setProviderReference("re_" + orderNumber).build();
    }

    RefundFailed failed(String at, long amountMinor) {
        return RefundFailed.newBuilder().setEventId(eventId()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(Instant.parse(at)).setCorrelationId("contract-test").setCustomer(customer)
                .setAmountMinor(amountMinor).setCurrency(currency).setResolution(Resolution.REFUND)
                .setReason("card_expired").setPermanent(true).build();
    }

    private static LineDecision line(LineOutcome outcome, long amountMinor, String... clauses) {
        return new LineDecision("1", outcome, amountMinor, List.of(clauses), "As the policy says.");
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }
}
