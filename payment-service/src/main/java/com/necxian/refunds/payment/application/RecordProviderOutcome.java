package com.necxian.refunds.payment.application;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.domain.RetrySchedule;
import com.necxian.refunds.payment.store.RefundPayments;

/**
 * Use case "record a provider outcome": the attempt, the ledger row and (for a final answer) the event, in one
 * transaction. A final answer counts only once: the status guard in {@link RefundPayments} drops a late duplicate.
 */
@Service
class RecordProviderOutcome {

    private final RefundPayments payments;
    private final Outbox outbox;
    private final RetrySchedule retry;
    private final PaymentSettings.Worker worker;
    private final PayoutMetrics metrics;

    RecordProviderOutcome(RefundPayments payments, Outbox outbox, PaymentSettings settings, PayoutMetrics metrics) {
        this.payments = payments;
        this.outbox = outbox;
        this.retry = settings.retry().schedule();
        this.worker = settings.worker();
        this.metrics = metrics;
    }

    @Transactional
    public void record(LedgerEntry entry, GatewayOutcome outcome, Instant now) {
        Payout payout = entry.payout();
        String id = payout.refundId();
        payments.recordAttempt(id, entry.attempts(), now, outcome.kind().name(), outcome.providerReference(),
                outcome.reason());
        switch (outcome.kind()) {
            case SUCCEEDED -> {
                if (payments.succeed(id, outcome.providerReference(), now)) {
                    outbox.add(OutcomeEvents.processed(payout, entry.payoutMinor(), outcome.providerReference(), now));
                    metrics.succeeded(payout, now);
                }
            }
            case PENDING -> payments.submitted(id, outcome.providerReference(), now.plus(worker.confirmationCheck()));
            case TRANSIENT_FAILURE, NOT_FOUND -> payments.retryAt(id, outcome.reason(), nextAttempt(entry, now));
            case PERMANENT_FAILURE -> fail(entry, outcome.providerReference(), outcome.reason(), true, now);
        }
    }

    /** PROC-3: an approved refund the provider never accepted by processBy is reported failed. */
    @Transactional
    public void deadlinePassed(LedgerEntry entry, Instant now) {
        String last = entry.failureReason() == null ? "" : "; last provider answer: " + entry.failureReason();
        fail(entry, null, "Not paid out by the processBy deadline " + entry.payout().processBy() + " (PROC-3)" + last,
                false, now);
    }

    private void fail(LedgerEntry entry, String providerReference, String reason, boolean permanent, Instant now) {
        Payout payout = entry.payout();
        if (payments.fail(payout.refundId(), providerReference, reason, now)) {
            payments.release(payout.paymentReference(), entry.payoutMinor());
            outbox.add(OutcomeEvents.failed(payout, reason, permanent, now));
            metrics.failed(payout, now);
        }
    }

    private Instant nextAttempt(LedgerEntry entry, Instant now) {
        if (entry.status() == PayoutStatus.SUBMITTED) { // accepted by the provider: keep asking, deadline or not
            return retry.next(now, entry.attempts(), Instant.MAX);
        }
        return retry.next(now, entry.attempts(), entry.payout().processBy());
    }
}
