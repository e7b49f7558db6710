package com.necxian.refunds.payment.web.provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.domain.RefundInstruction;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;

/**
 * Refunds through Stripe: a (partial) refund against the original charge ({@code ch_...}) or payment intent
 * ({@code pi_...}), with the refund id as Stripe's Idempotency-Key. Stripe refunds in the charge's currency, so an
 * approval in another currency is refused before any refund is asked for (the amount would mean another sum).
 * Stripe's own retries are off: the payout worker retries with backoff and records each attempt.
 */
public class StripePaymentGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(StripePaymentGateway.class);

    private final StripeClient stripe;

    public StripePaymentGateway(StripeSettings settings) {
        if (settings.apiKey() == null || settings.apiKey().isBlank()) {
            throw new IllegalStateException("necxian.payment.stripe.api-key (STRIPE_API_KEY) is not set");
        }
        this.stripe = StripeClient.builder().setApiKey(settings.apiKey()).setApiBase(settings.apiBase())
                .setMaxNetworkRetries(0).setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis()).build();
    }

    @Override
    public GatewayOutcome refund(RefundInstruction instruction) {
        var params = RefundCreateParams.builder().setAmount(instruction.amountMinor())
                .putMetadata("refund_id", instruction.refundId());
        String reference = instruction.paymentReference();
        if (reference.startsWith("pi_")) {
            params.setPaymentIntent(reference);
        } else if (reference.startsWith("ch_")) {
            params.setCharge(reference);
        } else {
            return GatewayOutcome.permanentFailure(null,
                    "not_a_stripe_payment: the payment reference is neither a charge (ch_) nor a payment intent (pi_)");
        }
        try {
            String charged = chargedCurrency(reference);
            if (!charged.equalsIgnoreCase(instruction.currency())) {
                return GatewayOutcome.permanentFailure(null, "currency_mismatch: the approval is in "
                        + instruction.currency() + " but the payment was charged in " + charged.toUpperCase());
            }
            Refund refund = stripe.v1().refunds().create(params.build(),
                    RequestOptions.builder().setIdempotencyKey(instruction.idempotencyKey()).build());
            return outcome(refund);
        } catch (StripeException e) {
            return outcome(e);
        }
    }

    private String chargedCurrency(String reference) throws StripeException {
        return reference.startsWith("pi_") ? stripe.v1().paymentIntents().retrieve(reference).getCurrency()
                : stripe.v1().charges().retrieve(reference).getCurrency();
    }

    @Override
    public GatewayOutcome status(RefundInstruction instruction, String providerReference) {
        try {
            return outcome(stripe.v1().refunds().retrieve(providerReference));
        } catch (StripeException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode())) {
                return GatewayOutcome.notFound(providerReference, "resource_missing: no such refund");
            }
            return outcome(e);
        }
    }

    static GatewayOutcome outcome(Refund refund) {
        String status = refund.getStatus() == null ? "pending" : refund.getStatus();
        if ("succeeded".equals(status)) {
            return GatewayOutcome.succeeded(refund.getId());
        }
        if ("failed".equals(status) || "canceled".equals(status)) {
            String reason = refund.getFailureReason() == null ? status : refund.getFailureReason();
            return GatewayOutcome.permanentFailure(refund.getId(), reason);
        }
        return GatewayOutcome.pending(refund.getId()); // pending, requires_action
    }

    static GatewayOutcome outcome(StripeException e) {
        String message = e.getStripeError() != null && e.getStripeError().getMessage() != null
                ? e.getStripeError().getMessage() : e.getMessage();
        String reason = (e.getCode() == null ? "stripe_error" : e.getCode()) + ": " + message;
        Integer status = e.getStatusCode();
        // A key reused with other parameters is our bug, not a passing problem; a 409 is a concurrent request
        // with the same key (retry later); bad credentials are retried until an operator fixes them.
        boolean retryable = !(e instanceof IdempotencyException) && (e instanceof ApiConnectionException
                || e instanceof RateLimitException || e instanceof ApiException
                || e instanceof AuthenticationException || e instanceof PermissionException
                || (status != null && (status == 409 || status >= 500)));
        log.info("Stripe answered {} ({}), request {}", e.getStatusCode(), e.getCode(), e.getRequestId());
        return retryable ? GatewayOutcome.transientFailure(reason) : GatewayOutcome.permanentFailure(null, reason);
    }
}
