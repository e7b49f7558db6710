package com.necxian.refunds.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;

/** Sample events of one refund, as the other services publish them. */
public record Events(String refundId, String orderNumber, Customer customer, String currency) {

    public static final Instant RECEIVED = Instant.parse("2026-11-05T09:30:00Z");

    public static Events forCustomer(String email, String name) {
        return new Events(UUID.randomUUID().toString(), "NX-" + UUID.randomUUID().toString().substring(0, 8),
                new Customer("C-" + email.hashCode(), email, name), "EUR");
    }

    public Events in(String otherCurrency) {
        return new Events(refundId, orderNumber, customer, otherCurrency);
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public RefundRequested requested(String description, long... linesPaidMinor) {
        var lines = new java.util.ArrayList<OrderLine>();
        for (int i = 0; i < linesPaidMinor.length; i++) {
            lines.add(OrderLine.newBuilder().setLineId(String.valueOf(i + 1)).setSku("SKU-" + (i + 1))
                    .setDescription(i == 0 ? "Headphones HP-200" : "Line " + (i + 1))
                    .setProductType(ProductType.PHYSICAL).setMadeToOrder(MadeToOrder.NONE)
                    .setSaleCondition(SaleCondition.REGULAR).setQuantity(1).setAmountPaidMinor(linesPaidMinor[i])
                    .setDeliveredAt(RECEIVED.minusSeconds(86400)).setServiceStartedAt(null)
                    .setSubscriptionPeriod(null).build());
        }
        return RefundRequested.newBuilder().setEventId(id()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(RECEIVED).setCorrelationId("test").setCustomer(customer)
                .setRespondBy(RECEIVED.plusSeconds(7 * 86400)).setOrderedAt(RECEIVED.minusSeconds(5 * 86400))
                .setProcessedAt(RECEIVED.minusSeconds(4 * 86400))
                .setPayment(new Payment(PaymentMethod.CARD, "pay_8f2k")).setCurrency(currency)
                .setReason(RefundReason.DEFECTIVE).setDescription(description).setEvidence(List.of())
                .setPreferredResolution(Resolution.REFUND).setLines(lines).build();
    }

    public RefundReviewRequired reviewRequired(String category, LineDecision... lines) {
        return RefundReviewRequired.newBuilder().setEventId(id()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(RECEIVED.plusSeconds(60)).setCorrelationId("test").setCustomer(customer)
                .setPolicyVersion(1).setRespondBy(RECEIVED.plusSeconds(7 * 86400)).setCurrency(currency)
                .setCategory(category).setRecommendation(LineOutcome.REVIEW).setSuggestedAmountMinor(0)
                .setLines(List.of(lines)).setProblems(List.of()).build();
    }

    public RefundApproved approved(long amountMinor, Resolution resolution, String note, LineDecision... lines) {
        return RefundApproved.newBuilder().setEventId(id()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(RECEIVED.plusSeconds(120)).setCorrelationId("test").setCustomer(customer)
                .setPolicyVersion(1).setAmountMinor(amountMinor).setCurrency(currency).setOrderPaidMinor(amountMinor)
                .setResolution(resolution).setPayment(new Payment(PaymentMethod.CARD, "pay_8f2k"))
                .setProcessBy(RECEIVED.plusSeconds(7 * 86400 + 120)).setLines(List.of(lines))
                .setClauses(List.of(lines).stream().flatMap(l -> l.getClauses().stream()).distinct().toList())
                .setDecidedBy("policy").setNote(note).build();
    }

    public RefundDenied denied(String note, LineDecision... lines) {
        return RefundDenied.newBuilder().setEventId(id()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(RECEIVED.plusSeconds(120)).setCorrelationId("test").setCustomer(customer)
                .setPolicyVersion(1).setCurrency(currency).setLines(List.of(lines))
                .setClauses(List.of(lines).stream().flatMap(l -> l.getClauses().stream()).distinct().toList())
                .setDecidedBy("policy").setNote(note).build();
    }

    public RefundProcessed processed(long amountMinor, Resolution resolution) {
        return RefundProcessed.newBuilder().setEventId(id()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(RECEIVED.plusSeconds(3 * 86400)).setCorrelationId("test").setCustomer(customer)
                .setAmountMinor(amountMinor).setCurrency(currency).setResolution(resolution)
                .setProviderReference("re_3PqL").build();
    }

    public RefundFailed failed(long amountMinor, String reason, boolean permanent) {
        return RefundFailed.newBuilder().setEventId(id()).setRefundId(refundId).setOrderNumber(orderNumber)
                .setOccurredAt(RECEIVED.plusSeconds(3 * 86400)).setCorrelationId("test").setCustomer(customer)
                .setAmountMinor(amountMinor).setCurrency(currency).setResolution(Resolution.REFUND).setReason(reason)
                .setPermanent(permanent).build();
    }

    public static RefundPolicyChanged policyChanged(int version, boolean significant, String summary) {
        return RefundPolicyChanged.newBuilder().setEventId(id()).setOccurredAt(RECEIVED).setCorrelationId("test")
                .setPolicyVersion(version).setSignificant(significant).setSummary(summary)
                .setEffectiveAt(Instant.parse("2026-12-01T00:00:00Z")).build();
    }

    public static LineDecision line(String lineId, LineOutcome outcome, long amountMinor, String explanation,
            String... clauses) {
        return new LineDecision(lineId, outcome, amountMinor, List.of(clauses), explanation);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }
}
