package com.necxian.refunds.payment.domain;

import java.time.Instant;
import java.util.List;

/** A ledger row: the payout, where it stands, and (when read for display) its gateway attempts. */
public record LedgerEntry(Payout payout, PayoutStatus status, long payoutMinor, String providerReference,
        String failureReason, int attempts, Instant createdAt, Instant completedAt, List<Attempt> attemptLog) {

    public record Attempt(int number, Instant at, String outcome, String providerReference, String detail) {
    }
}
