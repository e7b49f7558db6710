package com.necxian.refunds.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.payment.PaymentServiceTest;
import com.necxian.refunds.testsupport.OpenApiDocument;

/**
 * The OpenAPI document payment serves, without credentials, is the one committed in
 * docs/openapi/payment-service.json (the contract other teams generate clients from), and it names every answer.
 */
class OpenApiDocumentTest extends PaymentServiceTest {

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        String served = http.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(served).contains("\"getRefundPayment\"", "\"getStoreCredit\"", "refund-payment-not-found",
                "store-credit-account-not-found", "\"503\"", "\"401\"", "\"operator\"");
        OpenApiDocument.assertMatchesCommitted("payment-service", served);
    }
}
