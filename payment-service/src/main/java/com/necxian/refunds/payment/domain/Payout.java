package com.necxian.refunds.payment.domain;

import java.time.Instant;
import java.util.Optional;

import com.necxian.refunds.money.Money;

/**
 * One approved refund as the payment service carries it out. {@code approvedMinor} is what the policy approved,
 * {@code orderPaidMinor} what was paid for the order as far as the policy knows it (all its lines so far, this
 * request's included); money never exceeds either, and the total against one payment never exceeds the largest
 * {@code orderPaidMinor} reported for it.
 */
public record Payout(String refundId, String approvalEventId, String orderNumber, String correlationId,
        String customerId, String customerEmail, String customerName, Resolution resolution, String paymentMethod,
        String paymentReference, long approvedMinor, long orderPaidMinor, String currency, Instant approvedAt,
        Instant processBy) {

    /** Money leaves (or store credit is granted) only for a refund or store credit; an exchange moves none. */
    public boolean movesMoney() {
        return resolution != Resolution.EXCHANGE;
    }

    /** A refund to an order paid with store credit goes back to the store-credit account (PROC-4). */
    public boolean creditsStoreCredit() {
        return resolution == Resolution.STORE_CREDIT
                || (resolution == Resolution.REFUND && "STORE_CREDIT".equals(paymentMethod));
    }

    /** Why this approval cannot be paid as it stands, if it cannot. */
    public Optional<String> problem() {
        if (!movesMoney()) {
            return Optional.empty();
        }
        if (approvedMinor <= 0) {
            return Optional.of("The approved amount is not positive, so nothing can be paid out.");
        }
        if (approvedMinor > orderPaidMinor) {
            return Optional.of("The approved amount " + Money.decimal(approvedMinor, currency) + " " + currency
                    + " exceeds what was paid (" + Money.decimal(orderPaidMinor, currency) + ").");
        }
        return Optional.empty();
    }

    /** What leaves: the approved amount for a refund or store credit, nothing for an exchange. */
    public long payoutMinor() {
        return movesMoney() ? approvedMinor : 0;
    }
}
