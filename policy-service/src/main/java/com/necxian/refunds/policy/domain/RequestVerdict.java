package com.necxian.refunds.policy.domain;

import java.util.List;
import java.util.Optional;

/**
 * The request-level rules after the table: threshold (STD-2) and aggregation of the lines.
 *
 * @param approvedMinor sum of the APPROVE lines, whatever the outcome
 */
record RequestVerdict(RequestOutcome outcome, String reviewCategory, LineOutcome recommendation,
                      long approvedMinor, long suggestedMinor, boolean overThreshold) {

    static final String INCONSISTENT_INPUT = "INCONSISTENT_INPUT";
    static final String THRESHOLD = "THRESHOLD";

    /**
     * Any REVIEW line, bad input or an order total over the threshold: REVIEW; else any APPROVE: APPROVED; else
     * DENIED. STD-2 counts everything approved for the order ({@code approvedBeforeMinor}) plus this request, so
     * splitting an order does not avoid review, and fails closed: approving money in a currency without a
     * threshold needs a person.
     */
    static RequestVerdict of(List<LineEvaluation> lines, boolean badInput, Optional<Long> thresholdMinor,
                             long approvedBeforeMinor) {
        long approved = sum(lines, LineOutcome.APPROVE);
        boolean overThreshold = approved > 0
                && thresholdMinor.map(threshold -> approvedBeforeMinor + approved > threshold).orElse(true);
        if (badInput || has(lines, LineOutcome.REVIEW) || overThreshold) {
            return review(lines, badInput, approved, overThreshold);
        }
        if (has(lines, LineOutcome.APPROVE)) {
            return new RequestVerdict(RequestOutcome.APPROVED, null, LineOutcome.APPROVE, approved, approved, false);
        }
        return new RequestVerdict(RequestOutcome.DENIED, null, LineOutcome.DENY, 0, 0, false);
    }

    private static RequestVerdict review(List<LineEvaluation> lines, boolean badInput, long approved,
                                         boolean overThreshold) {
        long suggested = lines.stream()
                .filter(line -> line.recommendation() == LineOutcome.APPROVE)
                .mapToLong(LineEvaluation::amountMinor)
                .sum();
        boolean undecided = badInput || lines.stream().anyMatch(line -> line.recommendation() == LineOutcome.REVIEW);
        LineOutcome recommendation = undecided ? LineOutcome.REVIEW
                : suggested > 0 ? LineOutcome.APPROVE : LineOutcome.DENY;
        return new RequestVerdict(RequestOutcome.REVIEW, category(lines, badInput), recommendation,
                approved, suggested, overThreshold);
    }

    /** Bad input first (nothing else can be trusted), then the first line's reason, then the threshold. */
    private static String category(List<LineEvaluation> lines, boolean badInput) {
        if (badInput || lines.stream().anyMatch(line -> INCONSISTENT_INPUT.equals(line.reviewCategory()))) {
            return INCONSISTENT_INPUT;
        }
        return lines.stream()
                .filter(line -> line.outcome() == LineOutcome.REVIEW)
                .map(LineEvaluation::reviewCategory)
                .findFirst()
                .orElse(THRESHOLD);
    }

    private static boolean has(List<LineEvaluation> lines, LineOutcome outcome) {
        return lines.stream().anyMatch(line -> line.outcome() == outcome);
    }

    private static long sum(List<LineEvaluation> lines, LineOutcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).mapToLong(LineEvaluation::amountMinor).sum();
    }
}
