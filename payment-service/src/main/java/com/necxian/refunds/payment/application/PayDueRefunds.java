package com.necxian.refunds.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.domain.RefundInstruction;
import com.necxian.refunds.payment.domain.SubmittedRefund;
import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.store.RefundPayments;

/**
 * Use case "pay an approval", second step: calls the provider for due refunds and has {@link RecordProviderOutcome}
 * write each answer (config's PayoutSchedule runs it every {@code necxian.payment.worker.poll-interval}). A claim (committed before the call) leases the row; if the process dies
 * between the gateway call and the ledger write, the lease runs out and the refund is asked for again with the
 * same idempotency key, which the provider answers with the refund it already made: no second payout.
 */
@Service
public class PayDueRefunds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PayDueRefunds.class);

    private final RefundPayments payments;
    private final RecordProviderOutcome outcomes;
    private final PaymentGateway gateway;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PaymentSettings.Worker settings;
    private final ExecutorService calls;

    PayDueRefunds(RefundPayments payments, RecordProviderOutcome outcomes, PaymentGateway gateway,
            TransactionTemplate transaction, Clock clock, PaymentSettings settings) {
        this.payments = payments;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings.worker();
        this.calls = Executors.newFixedThreadPool(this.settings.parallelism());
    }

    /** Pays every refund due now, a batch at a time. */
    public void runDue() {
        while (runBatch() == settings.batchSize()) {
            // a full batch: there may be more due right now
        }
    }

    private int runBatch() {
        Instant now = clock.instant();
        List<LedgerEntry> due = transaction.execute(
                status -> payments.claimDue(now, now.plus(settings.claimLease()), settings.batchSize()));
        if (due == null || due.isEmpty()) {
            return 0;
        }
        CompletableFuture.allOf(due.stream().map(entry -> CompletableFuture.runAsync(() -> attempt(entry), calls))
                .toArray(CompletableFuture[]::new)).join();
        return due.size();
    }

    private void attempt(LedgerEntry entry) {
        String refundId = entry.payout().refundId();
        try (var trace = TraceParents.open(payments.traceParentOf(refundId))) {
            Instant now = clock.instant();
            if (entry.deadlinePassed(now)) {
                outcomes.deadlinePassed(entry, now);
                return;
            }
            GatewayOutcome outcome = call(entry);
            outcomes.record(entry, outcome, clock.instant());
        } catch (RuntimeException e) {
            // The outcome is unknown (the call may have reached the provider): nothing is written, and the refund
            // is asked for again with the same idempotency key once the claim's lease runs out.
            log.warn("payout attempt {} for refund {} ended without an outcome; retried after the lease: {}",
                    entry.attempts(), refundId, e.toString());
        }
    }

    private GatewayOutcome call(LedgerEntry entry) {
        var p = entry.payout();
        var instruction = new RefundInstruction(p.refundId(), p.paymentMethod(), p.paymentReference(),
                entry.payoutMinor(), p.currency());
        return entry.status() == PayoutStatus.SUBMITTED
                ? SubmittedRefund.check(gateway, instruction, entry.providerReference())
                : gateway.refund(instruction);
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
