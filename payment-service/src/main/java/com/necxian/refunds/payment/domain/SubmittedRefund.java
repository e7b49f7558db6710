package com.necxian.refunds.payment.domain;

/**
 * How a refund the provider accepted is followed up. A status check that finds no refund does not mean it failed:
 * money may have left (the provider lost track of it, or another instance submitted it where this one cannot see).
 * The refund is asked for again with the same idempotency key, which either returns the refund made before or
 * makes the one that never was: paid once, never reported failed while it may be paid.
 */
public final class SubmittedRefund {

    private SubmittedRefund() {
    }

    public static GatewayOutcome check(PaymentGateway gateway, RefundInstruction instruction,
            String providerReference) {
        GatewayOutcome status = gateway.status(instruction, providerReference);
        if (status.kind() != GatewayOutcome.Kind.NOT_FOUND) {
            return status;
        }
        GatewayOutcome resubmitted = gateway.refund(instruction);
        return resubmitted.kind() == GatewayOutcome.Kind.NOT_FOUND
                ? GatewayOutcome.transientFailure(resubmitted.reason()) : resubmitted;
    }
}
