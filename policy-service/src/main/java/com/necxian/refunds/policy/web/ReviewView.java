package com.necxian.refunds.policy.web;

import java.time.Instant;
import java.util.List;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.policy.domain.LineEvaluation;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.store.Reviews;
import com.necxian.refunds.money.Money;

/** A case in the review queue as a reviewer sees it: the request, each line's evaluation, the recommendation. */
record ReviewView(String refundId, String orderNumber, String state, Instant respondBy, boolean overdue,
        Instant openedAt, int policyVersion, String category, String recommendation, String suggestedAmount,
        String currency, List<String> clauses, List<String> problems, String explanation, Request request,
        List<Line> lines, Decided decision) {

    record Request(Instant receivedAt, Instant orderedAt, Instant processedAt, Customer customer,
            String paymentMethod, String reason, String description, List<Evidence> evidence,
            String preferredResolution, String currency, List<OrderLine> lines) {
    }

    record Customer(String id, String name, String email) {
    }

    record Evidence(String kind, String uri, String note) {
    }

    record OrderLine(String lineId, String sku, String description, String productType, String madeToOrder,
            String saleCondition, int quantity, int quantityToRefund, String amountPaid, Instant deliveredAt,
            Instant serviceStartedAt, Instant subscriptionStart, Instant subscriptionEnd) {
    }

    record Line(String lineId, String outcome, String amount, List<String> clauses, String explanation,
            String tableRow, String recommendation, String reviewCategory) {
    }

    record Decided(String decision, String decidedBy, String amount, String resolution, List<String> clauses,
            String note, Instant at) {
    }

    static ReviewView of(Reviews.Review review, RefundRequested request, RefundDecision decision, Instant now) {
        String currency = request.getCurrency();
        boolean open = review.state() == Reviews.State.OPEN;
        return new ReviewView(review.refundId(), review.orderNumber(), review.state().name(), review.respondBy(),
                open && review.respondBy().isBefore(now), review.openedAt(), decision.policyVersion(),
                decision.reviewCategory(), name(decision.recommendation()),
                Money.decimal(decision.suggestedAmountMinor(), currency), currency, decision.clauses(),
                decision.problems(), decision.explanation(), request(request),
                decision.lines().stream().map(line -> line(line, currency)).toList(),
                open ? null : decided(review, currency));
    }

    private static Request request(RefundRequested r) {
        return new Request(r.getOccurredAt(), r.getOrderedAt(), r.getProcessedAt(),
                new Customer(r.getCustomer().getId(), r.getCustomer().getName(), r.getCustomer().getEmail()),
                name(r.getPayment().getMethod()), name(r.getReason()), r.getDescription(),
                r.getEvidence().stream().map(e -> new Evidence(name(e.getKind()), e.getUri(), e.getNote())).toList(),
                name(r.getPreferredResolution()), r.getCurrency(),
                r.getLines().stream().map(line -> new OrderLine(line.getLineId(), line.getSku(),
                        line.getDescription(), name(line.getProductType()), name(line.getMadeToOrder()),
                        name(line.getSaleCondition()), line.getQuantity(),
                        line.getQuantityToRefund() == null ? line.getQuantity() : line.getQuantityToRefund(),
                        Money.decimal(line.getAmountPaidMinor(), r.getCurrency()), line.getDeliveredAt(),
                        line.getServiceStartedAt(),
                        line.getSubscriptionPeriod() == null ? null : line.getSubscriptionPeriod().getStart(),
                        line.getSubscriptionPeriod() == null ? null : line.getSubscriptionPeriod().getEnd()))
                        .toList());
    }

    private static Line line(LineEvaluation line, String currency) {
        return new Line(line.lineId(), name(line.outcome()), Money.decimal(line.amountMinor(), currency),
                line.clauses(), line.explanation(), line.tableRow(), name(line.recommendation()),
                line.reviewCategory());
    }

    private static Decided decided(Reviews.Review review, String currency) {
        return new Decided(review.decision(), review.decidedBy(),
                review.amountMinor() == null ? null : Money.decimal(review.amountMinor(), currency),
                review.resolution(), review.clauses(), review.note(), review.decidedAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
