package com.necxian.refunds.payment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What the ledger does with a payout after the provider answered, or when its processBy deadline passed (PROC-3).
 * A transient failure is retried with backoff, never past processBy while the provider has not accepted the refund;
 * once accepted (SUBMITTED) its money is moving, so it is asked about until the provider gives a final answer.
 */
public sealed interface PayoutStep {

    /** The money is on its way back: SUCCEEDED, reported processed. */
    record Succeed(String providerReference) implements PayoutStep {
    }

    /** Accepted by the provider, confirmed later: SUBMITTED, asked about again at {@code checkAt}. */
    record AwaitConfirmation(String providerReference, Instant checkAt) implements PayoutStep {
    }

    /** Worth another attempt with the same idempotency key at {@code at}. */
    record RetryAt(String lastReason, Instant at) implements PayoutStep {
    }

    /** FAILED, the reservation released, reported failed ({@code permanent} unless the deadline ended it). */
    record Fail(String providerReference, String reason, boolean permanent) implements PayoutStep {
    }

    static PayoutStep after(LedgerEntry entry, GatewayOutcome outcome, Instant now, RetrySchedule retry,
            Duration confirmationCheck) {
        return switch (outcome.kind()) {
            case SUCCEEDED -> new Succeed(outcome.providerReference());
            case PENDING -> new AwaitConfirmation(outcome.providerReference(), now.plus(confirmationCheck));
            case TRANSIENT_FAILURE, NOT_FOUND -> new RetryAt(outcome.reason(), retry.next(now, entry.attempts(),
                    entry.status() == PayoutStatus.SUBMITTED ? Instant.MAX : entry.payout().processBy()));
            case PERMANENT_FAILURE -> new Fail(outcome.providerReference(), outcome.reason(), true);
        };
    }

    /** PROC-3: a refund the provider never accepted by processBy is reported failed, with the last answer. */
    static Fail deadlinePassed(LedgerEntry entry) {
        String last = entry.failureReason() == null ? "" : "; last provider answer: " + entry.failureReason();
        return new Fail(null, "Not paid out by the processBy deadline " + entry.payout().processBy() + " (PROC-3)"
                + last, false);
    }
}
