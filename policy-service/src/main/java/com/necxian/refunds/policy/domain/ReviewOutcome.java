package com.necxian.refunds.policy.domain;

/** What a {@link ReviewerDecision} comes to: a decision to record and publish, or nothing decided. */
public sealed interface ReviewOutcome {

    /** The decision, and the order's history once it is carried out (unchanged for a denial). */
    record Decided(RefundDecision decision, OrderHistory historyAfter) implements ReviewOutcome {
    }

    /** REQ-CAP: the amount is above what this request can still be paid back; nothing was decided. */
    record AmountAbovePayable(long amountMinor, long payableMinor) implements ReviewOutcome {
    }
}
