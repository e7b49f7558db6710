package com.necxian.refunds.policy.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What earlier APPROVED requests of the same order already took.
 *
 * @param refundedLineIds    lines refunded by an earlier approved request: never refunded again
 * @param approvedTotalMinor the sum approved for the order so far
 * @param paidTotalMinor     what was paid for the order's lines known so far; built with
 *                           {@link #after}, these are exactly the lines in {@code refundedLineIds}.
 *                           The engine adds this request's lines that are not among them.
 */
public record OrderHistory(Set<String> refundedLineIds, long approvedTotalMinor, long paidTotalMinor) {

    public OrderHistory {
        refundedLineIds = refundedLineIds == null ? Set.of() : Set.copyOf(refundedLineIds);
    }

    public static OrderHistory empty() {
        return new OrderHistory(Set.of(), 0, 0);
    }

    public boolean wasRefunded(String lineId) {
        return refundedLineIds.contains(lineId);
    }

    /**
     * The history once {@code approved} is carried out. Every line of the decision that is not
     * DENY counts as refunded (for a reviewer's approval its REVIEW lines too). A decision that is
     * not APPROVED changes nothing.
     */
    public OrderHistory after(RefundDecision approved, RefundRequest request) {
        if (approved.outcome() != RequestOutcome.APPROVED) {
            return this;
        }
        Set<String> refunded = new HashSet<>(refundedLineIds);
        long paid = paidTotalMinor;
        for (LineEvaluation line : approved.lines()) {
            if (line.outcome() != LineOutcome.DENY && refunded.add(line.lineId())) {
                paid += amountPaid(request.lines(), line.lineId());
            }
        }
        return new OrderHistory(refunded, approvedTotalMinor + approved.approvedAmountMinor(), paid);
    }

    /** What the order can still pay back: paid for known lines plus the request's new lines, less approved. */
    long allowanceFor(RefundRequest request) {
        long newlyPaid = request.lines().stream()
                .filter(line -> !wasRefunded(line.lineId()))
                .mapToLong(OrderLine::amountPaidMinor)
                .filter(amount -> amount > 0)
                .sum();
        return Math.max(0, paidTotalMinor + newlyPaid - approvedTotalMinor);
    }

    private static long amountPaid(List<OrderLine> lines, String lineId) {
        return lines.stream()
                .filter(line -> Objects.equals(line.lineId(), lineId))
                .mapToLong(OrderLine::amountPaidMinor)
                .findFirst()
                .orElse(0);
    }
}
