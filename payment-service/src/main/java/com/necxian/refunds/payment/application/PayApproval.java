package com.necxian.refunds.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.store.ProcessedEvents;
import com.necxian.refunds.payment.store.RefundPayments;
import com.necxian.refunds.payment.store.StoreCreditAccounts;

/**
 * Use case "pay an approval", first step: the approval enters the ledger in one transaction. A repeated event or a
 * second approval of the same refund changes nothing; store credit and exchanges complete at once; refunds wait
 * for {@link PayDueRefunds}. Every outcome's event goes into the outbox in the same transaction.
 */
@Service
public class PayApproval {

    private static final Logger log = LoggerFactory.getLogger(PayApproval.class);

    private final ProcessedEvents processed;
    private final RefundPayments payments;
    private final StoreCreditAccounts storeCredit;
    private final Outbox outbox;
    private final Clock clock;
    private final PayoutMetrics metrics;

    PayApproval(ProcessedEvents processed, RefundPayments payments, StoreCreditAccounts storeCredit, Outbox outbox,
            Clock clock, PayoutMetrics metrics) {
        this.processed = processed;
        this.payments = payments;
        this.storeCredit = storeCredit;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Returns true when the approval was new and entered the ledger. */
    @Transactional
    public boolean accept(Payout payout) {
        if (!processed.firstTime(payout.approvalEventId())) {
            return false;
        }
        Instant now = clock.instant();
        Optional<String> problem = payout.problem();
        if (problem.isPresent()) {
            return reject(payout, problem.get(), now);
        }
        if (!payments.open(payout, PayoutStatus.PENDING, payout.payoutMinor(), null, now)) {
            log.info("refund {} is already in the ledger; approval event {} changes nothing", payout.refundId(),
                    payout.approvalEventId());
            return false;
        }
        if (payout.movesMoney()) {
            Optional<String> overLimit = payments.reserve(payout);
            if (overLimit.isPresent()) {
                payments.fail(payout.refundId(), null, overLimit.get(), now);
                outbox.add(OutcomeEvents.failed(payout, overLimit.get(), true, now));
                metrics.failed(payout, now);
                return true;
            }
        }
        log.info("refund {} of order {} approved as {}: into the ledger", payout.refundId(), payout.orderNumber(),
                payout.resolution());
        if (payout.creditsStoreCredit()) {
            long entry = storeCredit.credit(payout.customerId(), payout.currency(), payout.payoutMinor(),
                    payout.refundId(), payout.orderNumber(), now);
            complete(payout, "store-credit-entry-" + entry, now);
        } else if (!payout.movesMoney()) {
            complete(payout, null, now);
        }
        return true;
    }

    private boolean reject(Payout payout, String reason, Instant now) {
        if (payments.open(payout, PayoutStatus.FAILED, 0, reason, now)) {
            outbox.add(OutcomeEvents.failed(payout, reason, true, now));
            metrics.failed(payout, now);
            return true;
        }
        return false;
    }

    private void complete(Payout payout, String reference, Instant now) {
        payments.succeed(payout.refundId(), reference, now);
        outbox.add(OutcomeEvents.processed(payout, payout.payoutMinor(), reference, now));
        metrics.succeeded(payout, now);
    }
}
