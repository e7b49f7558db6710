package com.necxian.refunds.payment.application;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.domain.PayoutStep;
import com.necxian.refunds.payment.domain.RetrySchedule;
import com.necxian.refunds.payment.store.RefundPayments;

/**
 * Use case "record a provider outcome": the attempt, the step the domain chose ({@link PayoutStep}) and, for a
 * final answer, its event, in one transaction. A final answer counts only once: the status guard in
 * {@link RefundPayments} drops a late duplicate.
 */
@Service
class RecordProviderOutcome {

    private final RefundPayments payments;
    private final Outbox outbox;
    private final RetrySchedule retry;
    private final Duration confirmationCheck;
    private final PayoutMetrics metrics;

    RecordProviderOutcome(RefundPayments payments, Outbox outbox, PaymentSettings settings, PayoutMetrics metrics) {
        this.payments = payments;
        this.outbox = outbox;
        this.retry = settings.retry().schedule();
        this.confirmationCheck = settings.worker().confirmationCheck();
        this.metrics = metrics;
    }

    @Transactional
    public void record(LedgerEntry entry, GatewayOutcome outcome, Instant now) {
        payments.recordAttempt(entry.payout().refundId(), entry.attempts(), now, outcome.kind().name(),
                outcome.providerReference(), outcome.reason());
        take(entry, PayoutStep.after(entry, outcome, now, retry, confirmationCheck), now);
    }

    @Transactional
    public void deadlinePassed(LedgerEntry entry, Instant now) {
        take(entry, PayoutStep.deadlinePassed(entry), now);
    }

    private void take(LedgerEntry entry, PayoutStep step, Instant now) {
        Payout payout = entry.payout();
        String id = payout.refundId();
        if (step instanceof PayoutStep.Succeed succeed) {
            if (payments.succeed(id, succeed.providerReference(), now)) {
                outbox.add(OutcomeEvents.processed(payout, entry.payoutMinor(), succeed.providerReference(), now));
                metrics.succeeded(payout, now);
            }
        } else if (step instanceof PayoutStep.AwaitConfirmation awaiting) {
            payments.submitted(id, awaiting.providerReference(), awaiting.checkAt());
        } else if (step instanceof PayoutStep.RetryAt retryAt) {
            payments.retryAt(id, retryAt.lastReason(), retryAt.at());
        } else if (step instanceof PayoutStep.Fail fail && payments.fail(id, fail.providerReference(), fail.reason(),
                now)) {
            payments.release(payout.paymentReference(), entry.payoutMinor());
            outbox.add(OutcomeEvents.failed(payout, fail.reason(), fail.permanent(), now));
            metrics.failed(payout, now);
        }
    }
}
