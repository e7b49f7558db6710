package com.necxian.refunds.policy.domain;

import java.time.Instant;
import java.util.List;

/**
 * The policy's answer to a refund request.
 *
 * @param approvedAmountMinor the amount to pay back when APPROVED, else 0
 * @param resolution          the customer's preferred resolution (PROC-6) when APPROVED or REVIEW;
 *                            null when DENIED
 * @param clauses             every clause the outcome rests on, its lines' included
 * @param explanation         sentences the customer can read
 * @param reviewCategory      why a person must look (a line's category, or THRESHOLD); null unless REVIEW
 * @param recommendation      for REVIEW what the engine recommends (REVIEW = no recommendation);
 *                            otherwise APPROVE or DENY matching the outcome
 * @param suggestedAmountMinor for REVIEW the amount the recommendation implies; otherwise the approved amount
 * @param problems            inconsistencies in the input that sent lines to review
 * @param respondBy           PROC-2: receivedAt + respondWithinDays
 * @param processBy           PROC-3: receivedAt + processWithinDays, only when APPROVED
 */
public record RefundDecision(
        RequestOutcome outcome,
        List<LineEvaluation> lines,
        long approvedAmountMinor,
        String currency,
        Resolution resolution,
        List<String> clauses,
        String explanation,
        String reviewCategory,
        LineOutcome recommendation,
        long suggestedAmountMinor,
        List<String> problems,
        Instant respondBy,
        Instant processBy,
        int policyVersion) {

    public RefundDecision {
        lines = List.copyOf(lines);
        clauses = List.copyOf(clauses);
        problems = List.copyOf(problems);
    }
}
