package com.necxian.refunds.payment.domain;

import java.time.Instant;
import java.util.List;

/** A ledger row: the payout, where it stands, and (when read for display) its gateway attempts. */
public record LedgerEntry(Payout payout, PayoutStatus status, long payoutMinor, String providerReference,
        String failureReason, int attempts, Instant createdAt, Instant completedAt, List<Attempt> attemptLog) {

    /**
     * PROC-3: the deadline ends a payout only while the provider has not accepted it (PENDING); an accepted one
     * (SUBMITTED) is followed until the provider's final answer.
     */
    public boolean deadlinePassed(Instant now) {
        return status == PayoutStatus.PENDING && !now.isBefore(payout.processBy());
    }

    public record Attempt(int number, Instant at, String outcome, String providerReference, String detail) {
    }
}
