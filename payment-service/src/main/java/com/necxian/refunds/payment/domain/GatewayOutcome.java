package com.necxian.refunds.payment.domain;

/** A payment provider's answer. {@code reason} is the provider's own wording for failures. */
public record GatewayOutcome(Kind kind, String providerReference, String reason) {

    public enum Kind {
        /** The money is on its way back. */
        SUCCEEDED,
        /** Accepted; the provider confirms success or failure later. */
        PENDING,
        /** Worth retrying with the same idempotency key (timeouts, rate limits, provider outages). */
        TRANSIENT_FAILURE,
        /** Retrying cannot help (a closed card, a charge already refunded). */
        PERMANENT_FAILURE,
        /**
         * A status check found no refund under the reference: not a failure, since money may have left (a provider
         * that lost track, another instance's submission); see {@link SubmittedRefund}.
         */
        NOT_FOUND
    }

    public static GatewayOutcome succeeded(String providerReference) {
        return new GatewayOutcome(Kind.SUCCEEDED, providerReference, null);
    }

    public static GatewayOutcome pending(String providerReference) {
        return new GatewayOutcome(Kind.PENDING, providerReference, null);
    }

    public static GatewayOutcome transientFailure(String reason) {
        return new GatewayOutcome(Kind.TRANSIENT_FAILURE, null, reason);
    }

    public static GatewayOutcome notFound(String providerReference, String reason) {
        return new GatewayOutcome(Kind.NOT_FOUND, providerReference, reason);
    }

    public static GatewayOutcome permanentFailure(String providerReference, String reason) {
        return new GatewayOutcome(Kind.PERMANENT_FAILURE, providerReference, reason);
    }
}
