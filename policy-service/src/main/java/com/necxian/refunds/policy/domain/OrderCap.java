package com.necxian.refunds.policy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * REQ-CAP: the approved amounts of an order never exceed what was paid for it. Approved lines
 * take the allowance first, in line order; review suggestions share what is left.
 */
final class OrderCap {

    static final String NOTE = "Together with earlier refunds for this order, refunds cannot exceed "
            + "what you paid, so the amount was reduced.";

    private OrderCap() {
    }

    static List<LineEvaluation> apply(List<LineEvaluation> lines, long allowanceMinor) {
        List<LineEvaluation> capped = new ArrayList<>(lines);
        long left = allowanceMinor;
        left = capOutcome(capped, LineOutcome.APPROVE, left);
        capOutcome(capped, LineOutcome.REVIEW, left);
        return List.copyOf(capped);
    }

    static boolean anyCapped(List<LineEvaluation> lines) {
        return lines.stream().anyMatch(line -> line.clauses().contains(PseudoClause.CAP));
    }

    private static long capOutcome(List<LineEvaluation> lines, LineOutcome outcome, long allowance) {
        long left = allowance;
        for (int i = 0; i < lines.size(); i++) {
            LineEvaluation line = lines.get(i);
            if (line.outcome() != outcome || line.amountMinor() == 0) {
                continue;
            }
            if (line.amountMinor() > left) {
                lines.set(i, line.cappedTo(left, NOTE));
            }
            left -= lines.get(i).amountMinor();
        }
        return left;
    }
}
