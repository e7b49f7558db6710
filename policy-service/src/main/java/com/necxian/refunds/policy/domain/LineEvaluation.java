package com.necxian.refunds.policy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the policy says about one order line.
 *
 * @param amountMinor    APPROVE: the amount refunded for the line; DENY: 0; REVIEW: the amount the
 *                       engine suggests (0 when it recommends DENY or cannot recommend)
 * @param tableRow       the decision-table row that matched ("1" to "19", "11b", "16a"); null when a
 *                       request-level rule decided instead (already refunded, inconsistent input)
 * @param recommendation for REVIEW lines what the engine recommends to the reviewer, where
 *                       REVIEW means "no recommendation: a person has to find out"; otherwise
 *                       the same as {@code outcome}
 * @param reviewCategory why a person must look (THIRD_PARTY, PROFESSIONAL_SERVICE, PARTIAL_REFUND,
 *                       PRO_RATED, DIGITAL_ISSUE, DEFECT_OR_RECALL, INCONSISTENT_INPUT); null
 *                       unless the outcome is REVIEW
 */
public record LineEvaluation(
        String lineId,
        LineOutcome outcome,
        long amountMinor,
        List<String> clauses,
        String explanation,
        String tableRow,
        LineOutcome recommendation,
        String reviewCategory) {

    public LineEvaluation {
        clauses = List.copyOf(clauses);
    }

    static LineEvaluation approve(OrderLine line, String row, String explanation, String... clauses) {
        return new LineEvaluation(line.lineId(), LineOutcome.APPROVE, line.amountPaidMinor(),
                List.of(clauses), explanation, row, LineOutcome.APPROVE, null);
    }

    static LineEvaluation deny(OrderLine line, String row, String explanation, String... clauses) {
        return new LineEvaluation(line.lineId(), LineOutcome.DENY, 0, List.of(clauses), explanation, row,
                LineOutcome.DENY, null);
    }

    static LineEvaluation review(OrderLine line, String row, String category, Recommendation recommendation,
                                 String explanation, String... clauses) {
        return new LineEvaluation(line.lineId(), LineOutcome.REVIEW, recommendation.amountMinor(),
                List.of(clauses), explanation, row, recommendation.outcome(), category);
    }

    /** This evaluation with its amount lowered to {@code amountMinor} by the order cap. */
    LineEvaluation cappedTo(long amountMinor, String note) {
        List<String> capped = new ArrayList<>(clauses);
        capped.add(PseudoClause.CAP);
        LineOutcome newOutcome = amountMinor == 0 && outcome == LineOutcome.APPROVE ? LineOutcome.DENY : outcome;
        LineOutcome newRecommendation = amountMinor == 0 ? LineOutcome.DENY : recommendation;
        return new LineEvaluation(lineId, newOutcome, amountMinor, capped, explanation + " " + note,
                tableRow, newRecommendation, reviewCategory);
    }

    /** What a REVIEW line recommends: an outcome and the amount that goes with it. */
    record Recommendation(LineOutcome outcome, long amountMinor) {

        static Recommendation approve(long amountMinor) {
            return new Recommendation(LineOutcome.APPROVE, amountMinor);
        }

        static Recommendation deny() {
            return new Recommendation(LineOutcome.DENY, 0);
        }

        static Recommendation none() {
            return new Recommendation(LineOutcome.REVIEW, 0);
        }
    }
}
