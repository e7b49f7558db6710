package com.necxian.refunds.payment.web.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.GatewayOutcome.Kind;
import com.necxian.refunds.payment.domain.RefundInstruction;

/** The Stripe adapter against stubs that answer as Stripe's refunds API does. */
class StripePaymentGatewayTest {

    static WireMockServer stripe;
    StripePaymentGateway gateway;

    @BeforeAll
    static void start() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
    }

    @AfterAll
    static void stop() {
        stripe.stop();
    }

    @BeforeEach
    void setUp() {
        stripe.resetAll();
        charged("eur");
        gateway = new StripePaymentGateway(
                new StripeSettings("sk_test_123", stripe.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    /** The original charge and payment intent, as Stripe shows them, in the given currency. */
    static void charged(String currency) {
        stripe.stubFor(get("/v1/charges/ch_1").willReturn(aResponse().withStatus(200).withBody("""
                {"id": "ch_1", "object": "charge", "amount": 10000, "currency": "%s"}""".formatted(currency))));
        stripe.stubFor(get("/v1/payment_intents/pi_1").willReturn(aResponse().withStatus(200).withBody("""
                {"id": "pi_1", "object": "payment_intent", "amount": 10000, "currency": "%s"}"""
                .formatted(currency))));
    }

    @Test
    void anApprovalInAnotherCurrencyThanTheChargeIsRefusedWithoutARefund() {
        charged("usd");
        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(200)
                .withBody(refund("re_9", "succeeded", null))));

        GatewayOutcome byIntent = gateway.refund(new RefundInstruction("refund-50", "CARD", "pi_1", 4550, "EUR"));
        GatewayOutcome byCharge = gateway.refund(new RefundInstruction("refund-51", "CARD", "ch_1", 4550, "EUR"));

        assertThat(byIntent.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(byIntent.reason()).isEqualTo("currency_mismatch: the approval is in EUR but the payment was "
                + "charged in USD");
        assertThat(byCharge.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/refunds")));
    }

    @Test
    void whenStripeCannotSayWhatWasChargedNothingIsRefundedAndTheAttemptIsRetried() {
        stripe.stubFor(get("/v1/payment_intents/pi_1").willReturn(aResponse().withStatus(503)
                .withBody(error("api_error", "unavailable", "Try again."))));

        GatewayOutcome outcome = gateway.refund(new RefundInstruction("refund-52", "CARD", "pi_1", 4550, "EUR"));

        assertThat(outcome.kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/refunds")));
    }

    static String refund(String id, String status, String failureReason) {
        return """
                {"id": "%s", "object": "refund", "amount": 4550, "currency": "eur", "charge": "ch_1",
                 "payment_intent": "pi_1", "status": "%s", "failure_reason": %s, "metadata": {}}"""
                .formatted(id, status, failureReason == null ? "null" : "\"" + failureReason + "\"");
    }

    static String error(String type, String code, String message) {
        return """
                {"error": {"type": "%s", "code": "%s", "message": "%s"}}""".formatted(type, code, message);
    }

    @Test
    void aPartialRefundAgainstAPaymentIntentCarriesTheRefundIdAsIdempotencyKey() {
        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(refund("re_1", "succeeded", null))));

        GatewayOutcome outcome = gateway.refund(new RefundInstruction("refund-42", "CARD", "pi_1", 4550, "EUR"));

        assertThat(outcome).isEqualTo(GatewayOutcome.succeeded("re_1"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-42"))
                .withHeader("Authorization", equalTo("Bearer sk_test_123"))
                .withRequestBody(containing("payment_intent=pi_1"))
                .withRequestBody(containing("amount=4550"))
                .withRequestBody(containing("metadata[refund_id]=refund-42")));
    }

    @Test
    void aChargeReferenceIsRefundedAsACharge() {
        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(refund("re_2", "pending", null))));

        GatewayOutcome outcome = gateway.refund(new RefundInstruction("refund-43", "CARD", "ch_1", 100, "EUR"));

        assertThat(outcome.kind()).isEqualTo(Kind.PENDING);
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds")).withRequestBody(containing("charge=ch_1")));
    }

    @Test
    void aPendingRefundIsConfirmedOrFailedWithStripesFailureReason() {
        stripe.stubFor(get("/v1/refunds/re_3").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(refund("re_3", "failed", "expired_or_canceled_card"))));

        GatewayOutcome outcome = gateway.status(new RefundInstruction("refund-44", "CARD", "pi_1", 100, "EUR"),
                "re_3");

        assertThat(outcome).isEqualTo(GatewayOutcome.permanentFailure("re_3", "expired_or_canceled_card"));
    }

    @Test
    void aStatusCheckThatFindsNoRefundIsNotFoundNeverAFailure() {
        stripe.stubFor(get("/v1/refunds/re_9").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(error("invalid_request_error", "resource_missing", "No such refund: 're_9'"))));

        GatewayOutcome outcome = gateway.status(new RefundInstruction("refund-49", "CARD", "pi_1", 100, "EUR"),
                "re_9");

        assertThat(outcome.kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void anInvalidRequestIsPermanentWithStripesReason() {
        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(error("invalid_request_error",
                        "charge_already_refunded", "Charge ch_1 has already been refunded."))));

        GatewayOutcome outcome = gateway.refund(new RefundInstruction("refund-45", "CARD", "ch_1", 100, "EUR"));

        assertThat(outcome.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(outcome.reason()).isEqualTo("charge_already_refunded: Charge ch_1 has already been refunded.");
    }

    @Test
    void outagesAndRateLimitsAreTransient() {
        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody(error("invalid_request_error", "rate_limit", "Too many requests."))));
        assertThat(gateway.refund(new RefundInstruction("refund-46", "CARD", "pi_1", 100, "EUR")).kind())
                .isEqualTo(Kind.TRANSIENT_FAILURE);

        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody(error("api_error", "internal", "Something went wrong."))));
        assertThat(gateway.refund(new RefundInstruction("refund-46", "CARD", "pi_1", 100, "EUR")).kind())
                .isEqualTo(Kind.TRANSIENT_FAILURE);
    }

    @Test
    void aReferenceThatIsNoStripePaymentIsRefusedWithoutACall() {
        GatewayOutcome outcome = gateway.refund(new RefundInstruction("refund-47", "CARD", "pay_8f2k", 100, "EUR"));

        assertThat(outcome.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }
}
