package com.necxian.refunds.payment.domain;

/**
 * What a payment gateway is asked to do: return {@code amountMinor} to the original payment. The refund id is the
 * provider's idempotency key, so asking twice never pays twice.
 */
public record RefundInstruction(String refundId, String paymentMethod, String paymentReference, long amountMinor,
        String currency) {

    public String idempotencyKey() {
        return refundId;
    }
}
