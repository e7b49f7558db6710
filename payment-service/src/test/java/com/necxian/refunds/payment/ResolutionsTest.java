package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.domain.PayoutStatus;

class ResolutionsTest extends PaymentServiceTest {

    static RequestPostProcessor operator() {
        return request -> {
            request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("operator:local-operator".getBytes()));
            return request;
        };
    }

    @Test
    void aRefundGoesBackToTheOriginalPaymentThroughTheGatewayAndIsReportedProcessed() throws Exception {
        String reference = reference("");
        RefundApproved approval = approval(order(), Resolution.REFUND, 19900, 19900, reference).build();
        publish(approval);

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        assertThat(processed.getAmountMinor()).isEqualTo(19900);
        assertThat(processed.getProviderReference()).startsWith("sim_re_");
        var row = ledgerRow(approval.getRefundId());
        assertThat(row.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(row.providerReference()).isEqualTo(processed.getProviderReference());
        assertThat(provider.refundedAgainst(reference)).isEqualTo(19900);

        http.perform(get("/api/v1/refund-payments/" + approval.getRefundId()).with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.paidAmount").value("199.00"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.providerReference").value(processed.getProviderReference()))
                .andExpect(jsonPath("$.attempts[0].outcome").exists());
    }

    @Test
    void storeCreditCreditsTheCustomersAccountWithoutAGatewayCall() throws Exception {
        RefundApproved approval = approval(order(), Resolution.STORE_CREDIT, 4550, 5000, reference("")).build();
        publish(approval);

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        assertThat(processed.getResolution()).isEqualTo(Resolution.STORE_CREDIT);
        assertThat(provider.callsFor(approval.getRefundId())).isZero();
        http.perform(get("/api/v1/store-credit/" + approval.getCustomer().getId()).with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balances[0].currency").value("EUR"))
                .andExpect(jsonPath("$.balances[0].balance").value("45.50"))
                .andExpect(jsonPath("$.entries[0].refundId").value(approval.getRefundId()))
                .andExpect(jsonPath("$.entries[0].amount").value("45.50"));
    }

    @Test
    void anExchangeMovesNoMoneyButIsRecordedAndReportedProcessed() {
        RefundApproved approval = approval(order(), Resolution.EXCHANGE, 3000, 3000, reference("")).build();
        publish(approval);

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        assertThat(processed.getResolution()).isEqualTo(Resolution.EXCHANGE);
        assertThat(processed.getAmountMinor()).isZero();
        assertThat(ledgerRow(approval.getRefundId()).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(ledgerRow(approval.getRefundId()).payoutMinor()).isZero();
        assertThat(provider.callsFor(approval.getRefundId())).isZero();
    }

    @Test
    void theOperatorEndpointsNeedCredentialsAndAnswerProblemsForUnknownIds() throws Exception {
        http.perform(get("/api/v1/refund-payments/" + UUID.randomUUID()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"payment-service\""));
        http.perform(get("/api/v1/refund-payments/" + UUID.randomUUID()).with(operator()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/refund-payment-not-found"))
                .andExpect(jsonPath("$.title").value("Refund payment not found"));
        http.perform(get("/api/v1/store-credit/nobody").with(operator()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/store-credit-account-not-found"))
                .andExpect(jsonPath("$.title").value("Store-credit account not found"))
                .andExpect(jsonPath("$.detail").value("Customer nobody has no store-credit account."));
    }

    @Test
    void aRefundToAnOrderPaidWithStoreCreditGoesBackToTheStoreCreditAccount() {
        RefundApproved approval = approval(order(), Resolution.REFUND, 1200, 1200, reference("")).build();
        approval.getPayment().setMethod(com.necxian.refunds.events.PaymentMethod.STORE_CREDIT);
        publish(approval);

        assertThat(outcomeOf(approval.getRefundId())).isInstanceOf(RefundProcessed.class);
        assertThat(provider.callsFor(approval.getRefundId())).isZero();
        await().untilAsserted(() -> assertThat(jdbc.sql("select balance_minor from store_credit_account "
                + "where customer_id = ?").param(approval.getCustomer().getId()).query(Long.class).single())
                .isEqualTo(1200));
    }
}
