package com.necxian.refunds.policy.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.money.Money;
import com.necxian.refunds.policy.application.ReviewCase;
import com.necxian.refunds.policy.domain.LineEvaluation;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.store.Reviews;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case in the review queue as a reviewer sees it: the request, each line's evaluation, the recommendation. */
@Schema(name = "ReviewCase")
record ReviewView(
        @Schema(requiredMode = REQUIRED) String refundId,
        @Schema(requiredMode = REQUIRED, example = "NX-100234") String orderNumber,
        @Schema(requiredMode = REQUIRED, allowableValues = {"OPEN", "DECIDED"}) String state,
        @Schema(requiredMode = REQUIRED, description = "PROC-2: when the customer must hear back") Instant respondBy,
        @Schema(requiredMode = REQUIRED, description = "Open past respondBy") boolean overdue,
        @Schema(requiredMode = REQUIRED) Instant openedAt,
        @Schema(requiredMode = REQUIRED, minimum = "1") int policyVersion,
        @Schema(description = "Why a person looks", example = "THIRD_PARTY", allowableValues = {"THIRD_PARTY",
                "PRO_RATED", "PROFESSIONAL_SERVICE", "PARTIAL_REFUND", "DEFECT_OR_RECALL", "DIGITAL_ISSUE",
                "THRESHOLD", "INCONSISTENT_INPUT", "NOT_DELIVERED"}) String category,
        @Schema(requiredMode = REQUIRED, description = "The engine's recommendation; REVIEW: none",
                allowableValues = {"APPROVE", "DENY", "REVIEW"}) String recommendation,
        @Schema(requiredMode = REQUIRED, pattern = ApiPatterns.DECIMAL, example = "50.00") String suggestedAmount,
        @Schema(requiredMode = REQUIRED, pattern = ApiPatterns.CURRENCY, example = "EUR") String currency,
        @Schema(requiredMode = REQUIRED) List<String> clauses,
        @Schema(requiredMode = REQUIRED, description = "Inconsistencies in the request") List<String> problems,
        @Schema(requiredMode = REQUIRED, description = "What the customer was told") String explanation,
        @Schema(requiredMode = REQUIRED) Request request,
        @Schema(requiredMode = REQUIRED) List<Line> lines,
        @Schema(description = "DECIDED only", nullable = true) Decided decision) {

    @Schema(name = "ReviewRequest")
    record Request(@Schema(requiredMode = REQUIRED) Instant receivedAt, @Schema(requiredMode = REQUIRED)
            Instant orderedAt, @Schema(nullable = true) Instant processedAt,
            @Schema(requiredMode = REQUIRED) Customer customer,
            @Schema(requiredMode = REQUIRED, example = "CARD") String paymentMethod,
            @Schema(requiredMode = REQUIRED, example = "DEFECTIVE") String reason,
            @Schema(requiredMode = REQUIRED) String description,
            @Schema(requiredMode = REQUIRED) List<Evidence> evidence,
            @Schema(requiredMode = REQUIRED, allowableValues = {"REFUND", "STORE_CREDIT", "EXCHANGE"})
            String preferredResolution,
            @Schema(requiredMode = REQUIRED, pattern = ApiPatterns.CURRENCY) String currency,
            @Schema(requiredMode = REQUIRED) List<OrderLine> lines) {
    }

    @Schema(name = "ReviewCustomer")
    record Customer(@Schema(requiredMode = REQUIRED) String id, @Schema(nullable = true) String name,
            @Schema(requiredMode = REQUIRED, format = "email") String email) {
    }

    @Schema(name = "ReviewEvidence")
    record Evidence(@Schema(requiredMode = REQUIRED, example = "PHOTO") String kind,
            @Schema(requiredMode = REQUIRED) String uri, @Schema(nullable = true) String note) {
    }

    @Schema(name = "ReviewOrderLine")
    record OrderLine(@Schema(requiredMode = REQUIRED) String lineId, @Schema(nullable = true) String sku,
            @Schema(nullable = true) String description,
            @Schema(requiredMode = REQUIRED, example = "PHYSICAL") String productType,
            @Schema(nullable = true) String madeToOrder, @Schema(nullable = true) String saleCondition,
            @Schema(requiredMode = REQUIRED, minimum = "1") int quantity,
            @Schema(requiredMode = REQUIRED, minimum = "1") int quantityToRefund,
            @Schema(requiredMode = REQUIRED, pattern = ApiPatterns.DECIMAL, example = "199.00") String amountPaid,
            @Schema(nullable = true) Instant deliveredAt, @Schema(nullable = true) Instant serviceStartedAt,
            @Schema(nullable = true) Instant subscriptionStart, @Schema(nullable = true) Instant subscriptionEnd) {
    }

    @Schema(name = "ReviewLineEvaluation", description = "What the engine said about one line")
    record Line(@Schema(requiredMode = REQUIRED) String lineId,
            @Schema(requiredMode = REQUIRED, allowableValues = {"APPROVE", "DENY", "REVIEW"}) String outcome,
            @Schema(requiredMode = REQUIRED, pattern = ApiPatterns.DECIMAL) String amount,
            @Schema(requiredMode = REQUIRED) List<String> clauses,
            @Schema(requiredMode = REQUIRED) String explanation,
            @Schema(description = "The decision-table row of policy-rules.md", nullable = true, example = "11b")
            String tableRow,
            @Schema(allowableValues = {"APPROVE", "DENY", "REVIEW"}) String recommendation,
            @Schema(nullable = true) String reviewCategory) {
    }

    @Schema(name = "ReviewDecisionMade", description = "Who decided what, and when")
    record Decided(@Schema(requiredMode = REQUIRED, allowableValues = {"APPROVE", "DENY"}) String decision,
            @Schema(requiredMode = REQUIRED) String decidedBy,
            @Schema(pattern = ApiPatterns.DECIMAL, nullable = true) String amount,
            @Schema(allowableValues = {"REFUND", "STORE_CREDIT", "EXCHANGE"}, nullable = true) String resolution,
            @Schema(requiredMode = REQUIRED) List<String> clauses, @Schema(nullable = true) String note,
            @Schema(requiredMode = REQUIRED) Instant at) {
    }

    static ReviewView of(ReviewCase reviewCase, Instant now) {
        Reviews.Review review = reviewCase.review();
        RefundDecision decision = reviewCase.decision();
        String currency = reviewCase.currency();
        boolean open = review.state() == Reviews.State.OPEN;
        return new ReviewView(review.refundId(), review.orderNumber(), review.state().name(), review.respondBy(),
                open && review.respondBy().isBefore(now), review.openedAt(), decision.policyVersion(),
                decision.reviewCategory(), name(decision.recommendation()),
                Money.decimal(decision.suggestedAmountMinor(), currency), currency, decision.clauses(),
                decision.problems(), decision.explanation(), request(reviewCase.request()),
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
