package com.necxian.refunds.policy.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.policy.domain.LineEvaluation;
import com.necxian.refunds.policy.domain.OrderHistory;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.domain.RequestOutcome;

/** The event a decision publishes: RefundApproved, RefundDenied or RefundReviewRequired, every field filled. */
public final class DecisionEvents {

    public static final String POLICY = "policy";

    private DecisionEvents() {
    }

    /** {@code history}: the order's history the decision was made with (before this request). */
    public static SpecificRecord of(RefundRequested request, RefundDecision decision, OrderHistory history,
            Instant at) {
        if (decision.outcome() == RequestOutcome.APPROVED) {
            return approved(request, history, decision, decision.approvedAmountMinor(), resolution(decision),
                    decision.processBy(), decision.clauses(), POLICY, decision.explanation(), at);
        }
        if (decision.outcome() == RequestOutcome.DENIED) {
            return denied(request, decision.policyVersion(), lines(decision.lines()), decision.clauses(), POLICY,
                    decision.explanation(), at);
        }
        return reviewRequired(request, decision, at);
    }

    /** {@code history}: the order's history before this approval, for {@link #orderPaid}. */
    static RefundApproved approved(RefundRequested request, OrderHistory history, RefundDecision decision,
            long amountMinor, Resolution resolution, Instant processBy, List<String> clauses, String decidedBy,
            String note, Instant at) {
        return RefundApproved.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(request.getRefundId())
                .setOrderNumber(request.getOrderNumber()).setOccurredAt(at)
                .setCorrelationId(request.getCorrelationId()).setCustomer(request.getCustomer())
                .setPolicyVersion(decision.policyVersion()).setAmountMinor(amountMinor)
                .setCurrency(request.getCurrency()).setOrderPaidMinor(orderPaid(request, history))
                .setResolution(resolution).setPayment(request.getPayment()).setProcessBy(processBy)
                .setLines(lines(decision.lines())).setClauses(clauses).setDecidedBy(decidedBy).setNote(note)
                .build();
    }

    static RefundDenied denied(RefundRequested request, int policyVersion, List<LineDecision> lines,
            List<String> clauses, String decidedBy, String note, Instant at) {
        return RefundDenied.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(request.getRefundId())
                .setOrderNumber(request.getOrderNumber()).setOccurredAt(at)
                .setCorrelationId(request.getCorrelationId()).setCustomer(request.getCustomer())
                .setPolicyVersion(policyVersion).setCurrency(request.getCurrency()).setLines(lines)
                .setClauses(clauses).setDecidedBy(decidedBy).setNote(note)
                .build();
    }

    private static RefundReviewRequired reviewRequired(RefundRequested request, RefundDecision decision, Instant at) {
        return RefundReviewRequired.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(request.getRefundId())
                .setOrderNumber(request.getOrderNumber()).setOccurredAt(at)
                .setCorrelationId(request.getCorrelationId()).setCustomer(request.getCustomer())
                .setPolicyVersion(decision.policyVersion()).setRespondBy(respondBy(request, decision))
                .setCurrency(request.getCurrency())
                .setCategory(decision.reviewCategory() == null ? "OTHER" : decision.reviewCategory())
                .setRecommendation(outcome(decision.recommendation()))
                .setSuggestedAmountMinor(decision.suggestedAmountMinor())
                .setLines(lines(decision.lines())).setProblems(decision.problems())
                .setClauses(decision.clauses()).setCustomerMessage(decision.explanation())
                .build();
    }

    /** The deadline intake promised the customer wins; the engine's is the fallback. */
    static Instant respondBy(RefundRequested request, RefundDecision decision) {
        return request.getRespondBy() != null ? request.getRespondBy() : decision.respondBy();
    }

    /**
     * What was paid for the order as far as the policy knows it: the lines earlier approvals counted plus this
     * request's lines not among them. Payment caps the total refunded per payment at the largest value it saw, so
     * the sum for this request alone would refuse a later request for other lines of the same order.
     */
    static long orderPaid(RefundRequested request, OrderHistory history) {
        return history.paidTotalMinor() + request.getLines().stream()
                .filter(line -> !history.knows(line.getLineId()))
                .mapToLong(line -> line.getAmountPaidMinor())
                .filter(amount -> amount > 0)
                .sum();
    }

    static List<LineDecision> lines(List<LineEvaluation> lines) {
        return lines.stream().map(line -> new LineDecision(line.lineId(), outcome(line.outcome()), line.amountMinor(),
                line.clauses(), line.explanation())).toList();
    }

    static LineOutcome outcome(com.necxian.refunds.policy.domain.LineOutcome outcome) {
        return outcome == null ? LineOutcome.REVIEW : LineOutcome.valueOf(outcome.name());
    }

    private static Resolution resolution(RefundDecision decision) {
        return decision.resolution() == null ? Resolution.REFUND : Resolution.valueOf(decision.resolution().name());
    }
}
