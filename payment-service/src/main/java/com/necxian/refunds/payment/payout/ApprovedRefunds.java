package com.necxian.refunds.payment.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.messaging.RefundEvents;
import com.necxian.refunds.payment.store.ProcessedEvents;
import com.necxian.refunds.payment.store.RefundPayments;
import com.necxian.refunds.payment.store.StoreCreditAccounts;

/**
 * Takes an approval into the ledger in one transaction: a repeated event or a second approval of the same refund
 * changes nothing; store credit and exchanges complete at once; refunds wait for the {@link PayoutWorker}.
 * Every outcome's event goes into the outbox in the same transaction.
 */
@Component
public class ApprovedRefunds {

    private static final Logger log = LoggerFactory.getLogger(ApprovedRefunds.class);

    private final ProcessedEvents processed;
    private final RefundPayments payments;
    private final StoreCreditAccounts storeCredit;
    private final Outbox outbox;
    private final Clock clock;
    private final PayoutMetrics metrics;

    ApprovedRefunds(ProcessedEvents processed, RefundPayments payments, StoreCreditAccounts storeCredit,
            Outbox outbox, Clock clock, PayoutMetrics metrics) {
        this.metrics = metrics;
        this.processed = processed;
        this.payments = payments;
        this.storeCredit = storeCredit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns true when the approval was new and entered the ledger. */
    @Transactional
    public boolean accept(RefundApproved approval) {
        if (!processed.firstTime(approval.getEventId())) {
            return false;
        }
        Payout payout = RefundEvents.payout(approval);
        Instant now = clock.instant();
        Optional<String> problem = payout.problem();
        if (problem.isPresent()) {
            return reject(payout, problem.get(), now);
        }
        if (!payments.open(payout, PayoutStatus.PENDING, payout.payoutMinor(), null, now)) {
            log.info("refund {} is already in the ledger; approval event {} changes nothing", payout.refundId(),
                    approval.getEventId());
            return false;
        }
        if (payout.movesMoney()) {
            Optional<String> overLimit = payments.reserve(payout);
            if (overLimit.isPresent()) {
                payments.fail(payout.refundId(), null, overLimit.get(), now);
                outbox.add(RefundEvents.failed(payout, overLimit.get(), true, now));
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
            outbox.add(RefundEvents.failed(payout, reason, true, now));
            metrics.failed(payout, now);
            return true;
        }
        return false;
    }

    private void complete(Payout payout, String reference, Instant now) {
        payments.succeed(payout.refundId(), reference, now);
        outbox.add(RefundEvents.processed(payout, payout.payoutMinor(), reference, now));
        metrics.succeeded(payout, now);
    }
}
