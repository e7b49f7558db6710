package com.necxian.refunds.payment.domain;

/** The port to a payment provider. Implementations never throw for a provider's answer: they map it. */
public interface PaymentGateway {

    /** Asks for the refund; the instruction's refund id is the provider's idempotency key. */
    GatewayOutcome refund(RefundInstruction instruction);

    /**
     * Asks how a refund the provider accepted earlier (PENDING) turned out; NOT_FOUND when the provider has no
     * refund under that reference (never a permanent failure for it).
     */
    GatewayOutcome status(RefundInstruction instruction, String providerReference);
}
