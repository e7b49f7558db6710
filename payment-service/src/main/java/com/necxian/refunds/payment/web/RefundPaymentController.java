package com.necxian.refunds.payment.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.payment.store.LedgerEntry;
import com.necxian.refunds.payment.store.RefundPayments;
import com.necxian.refunds.money.Money;

/** What was paid out for a refund, how, and where it stands. */
@RestController
class RefundPaymentController {

    record RefundPaymentView(String refundId, String orderNumber, String resolution, String paymentMethod,
            String paymentReference, String approvedAmount, String paidAmount, String currency, String status,
            String providerReference, String failureReason, Instant approvedAt, Instant processBy,
            Instant completedAt, List<AttemptView> attempts) {
    }

    record AttemptView(int attempt, Instant at, String outcome, String providerReference, String detail) {
    }

    private final RefundPayments payments;

    RefundPaymentController(RefundPayments payments) {
        this.payments = payments;
    }

    @GetMapping("/api/v1/refund-payments/{refundId}")
    RefundPaymentView find(@PathVariable String refundId) {
        return payments.find(refundId).map(RefundPaymentController::view).orElseThrow(() -> new NotFound(
                "No payment for refund " + refundId + " is known (an approval may take a moment to arrive)."));
    }

    private static RefundPaymentView view(LedgerEntry e) {
        var p = e.payout();
        return new RefundPaymentView(p.refundId(), p.orderNumber(), p.resolution().name(), p.paymentMethod(),
                p.paymentReference(), Money.decimal(p.approvedMinor(), p.currency()),
                Money.decimal(e.payoutMinor(), p.currency()), p.currency(), e.status().name(),
                e.providerReference(), e.failureReason(), p.approvedAt(), p.processBy(), e.completedAt(),
                e.attemptLog().stream().map(a -> new AttemptView(a.number(), a.at(), a.outcome(),
                        a.providerReference(), a.detail())).toList());
    }
}
