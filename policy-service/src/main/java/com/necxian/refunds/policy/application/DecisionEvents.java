package com.necxian.refunds.policy.application;

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

/**
 * The event a decision publishes, every field filled: RefundApproved, RefundDenied or RefundReviewRequired for the
 * policy's own decisions, RefundApproved or RefundDenied for a reviewer's (the reviewer as decider, their note).
 */
final class DecisionEvents {

    static final String POLICY = "policy";

    private DecisionEvents() {
    }

    /** The engine's decision; {@code history}: the order's history it was made with (before this request). */
    static SpecificRecord ofPolicy(RefundRequested request, RefundDecision decision, OrderHistory history,
            Instant at) {
        if (decision.outcome() == RequestOutcome.REVIEW) {
            return reviewRequired(request, decision, at);
        }
        return of(request, decision, history, POLICY, decision.explanation(), at);
    }

    /** An APPROVED or DENIED decision by {@code decidedBy}, with {@code note} for the customer. */
    static SpecificRecord of(RefundRequested request, RefundDecision decision, OrderHistory history,
            String decidedBy, String note, Instant at) {
        return decision.outcome() == RequestOutcome.APPROVED
                ? approved(request, decision, history, decidedBy, note, at)
                : denied(request, decision, decidedBy, note, at);
    }

    private static RefundApproved approved(RefundRequested request, RefundDecision decision, OrderHistory history,
            String decidedBy, String note, Instant at) {
        return RefundApproved.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(request.getRefundId())
                .setOrderNumber(request.getOrderNumber()).setOccurredAt(at)
                .setCorrelationId(request.getCorrelationId()).setCustomer(request.getCustomer())
                .setPolicyVersion(decision.policyVersion()).setAmountMinor(decision.approvedAmountMinor())
                .setCurrency(request.getCurrency())
                .setOrderPaidMinor(history.paidForOrderMinor(DomainRequest.of(request)))
                .setResolution(resolution(decision)).setPayment(request.getPayment())
                .setProcessBy(decision.processBy()).setLines(lines(decision.lines()))
                .setClauses(decision.clauses()).setDecidedBy(decidedBy).setNote(note)
                .build();
    }

    private static RefundDenied denied(RefundRequested request, RefundDecision decision, String decidedBy,
            String note, Instant at) {
        return RefundDenied.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(request.getRefundId())
                .setOrderNumber(request.getOrderNumber()).setOccurredAt(at)
                .setCorrelationId(request.getCorrelationId()).setCustomer(request.getCustomer())
                .setPolicyVersion(decision.policyVersion()).setCurrency(request.getCurrency())
                .setLines(lines(decision.lines())).setClauses(decision.clauses()).setDecidedBy(decidedBy)
                .setNote(note)
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

    private static List<LineDecision> lines(List<LineEvaluation> lines) {
        return lines.stream().map(line -> new LineDecision(line.lineId(), outcome(line.outcome()), line.amountMinor(),
                line.clauses(), line.explanation())).toList();
    }

    private static LineOutcome outcome(com.necxian.refunds.policy.domain.LineOutcome outcome) {
        return outcome == null ? LineOutcome.REVIEW : LineOutcome.valueOf(outcome.name());
    }

    private static Resolution resolution(RefundDecision decision) {
        return decision.resolution() == null ? Resolution.REFUND : Resolution.valueOf(decision.resolution().name());
    }
}
