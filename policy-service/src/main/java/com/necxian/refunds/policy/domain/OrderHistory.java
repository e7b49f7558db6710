package com.necxian.refunds.policy.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What earlier APPROVED requests of the same order already took.
 *
 * @param refundedUnits      units of each line refunded by earlier approved requests, never refunded again;
 *                           {@link #ALL_UNITS} for a line refunded whole before units were counted
 * @param approvedTotalMinor the sum approved for the order so far
 * @param paidTotalMinor     what was paid for the order's lines known so far; built with
 *                           {@link #after}, these are exactly the lines in {@code refundedUnits}, each with
 *                           what was paid for all its units. The engine adds this request's lines that are not
 *                           among them.
 */
public record OrderHistory(Map<String, Integer> refundedUnits, long approvedTotalMinor, long paidTotalMinor) {

    /** Every unit of the line, whatever its quantity. */
    public static final int ALL_UNITS = Integer.MAX_VALUE;

    public OrderHistory {
        refundedUnits = refundedUnits == null ? Map.of() : Map.copyOf(refundedUnits);
    }

    public static OrderHistory empty() {
        return new OrderHistory(Map.of(), 0, 0);
    }

    /** True when an earlier approval refunded some units of the line (its amount paid is counted). */
    public boolean knows(String lineId) {
        return refundedUnits.containsKey(lineId);
    }

    public int unitsRefunded(String lineId) {
        return refundedUnits.getOrDefault(lineId, 0);
    }

    /** True when earlier approvals left fewer units of the line than {@code line} asks for. */
    public boolean refundedBefore(OrderLine line) {
        int before = unitsRefunded(line.lineId());
        return before > 0 && (long) before + line.unitsToRefund() > line.quantity();
    }

    /** What this request may take for {@code line}: its units' share, 0 when they exceed the units left. */
    public long refundableMinor(OrderLine line) {
        return UnitShare.of(line.amountPaidMinor(), line.quantity(), unitsRefunded(line.lineId()),
                line.unitsToRefund());
    }

    /**
     * The history once {@code approved} is carried out. Every line of the decision that is not
     * DENY counts its requested units as refunded (for a reviewer's approval its REVIEW lines too).
     * A decision that is not APPROVED changes nothing.
     */
    public OrderHistory after(RefundDecision approved, RefundRequest request) {
        if (approved.outcome() != RequestOutcome.APPROVED) {
            return this;
        }
        Map<String, Integer> refunded = new HashMap<>(refundedUnits);
        long paid = paidTotalMinor;
        for (LineEvaluation evaluated : approved.lines()) {
            OrderLine line = line(request.lines(), evaluated.lineId());
            if (evaluated.outcome() == LineOutcome.DENY || line == null) {
                continue;
            }
            if (!refunded.containsKey(line.lineId())) {
                paid += line.amountPaidMinor();
            }
            refunded.merge(line.lineId(), line.unitsToRefund(), OrderHistory::addUnits);
        }
        return new OrderHistory(refunded, approvedTotalMinor + approved.approvedAmountMinor(), paid);
    }

    /**
     * What was paid for the order as far as the policy knows it: the lines earlier approvals counted plus this
     * request's lines not among them (payment caps what it refunds per payment at this).
     */
    public long paidForOrderMinor(RefundRequest request) {
        return paidTotalMinor + request.lines().stream()
                .filter(line -> !knows(line.lineId()))
                .mapToLong(OrderLine::amountPaidMinor)
                .filter(amount -> amount > 0)
                .sum();
    }

    /** REQ-CAP: what the order can still pay back, {@link #paidForOrderMinor} less what was approved. */
    public long allowanceFor(RefundRequest request) {
        return Math.max(0, paidForOrderMinor(request) - approvedTotalMinor);
    }

    /**
     * The most a reviewer may approve for {@code request}: the share of the units asked for that is still
     * refundable, line by line, within what the order can still pay back (REQ-CAP).
     */
    public long payableFor(RefundRequest request) {
        long requested = request.lines().stream().mapToLong(this::refundableMinor).filter(amount -> amount > 0)
                .sum();
        return Math.min(requested, allowanceFor(request));
    }

    /** {@code a + b}, where anything added to {@link #ALL_UNITS} stays all units. */
    public static int addUnits(int a, int b) {
        return (int) Math.min(ALL_UNITS, (long) a + b);
    }

    private static OrderLine line(List<OrderLine> lines, String lineId) {
        return lines.stream().filter(line -> Objects.equals(line.lineId(), lineId)).findFirst().orElse(null);
    }
}
