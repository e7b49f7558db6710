package com.necxian.refunds.intake.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.testsupport.RealInfrastructure;

@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
public class RefundApiTest {

    static final String KEY = "local-storefront-key";

    @Autowired
    MockMvc http;

    public static String request(String orderNumber, String amountPaid) {
        return """
                {"orderNumber": "%s", "orderedAt": "2026-11-01T10:00:00Z", "processedAt": "2026-11-01T12:00:00Z",
                 "customer": {"id": "C-42", "email": "ana@example.com", "name": "Ana Ruiz"},
                 "payment": {"method": "CARD", "reference": "pay_8f2k"}, "currency": "EUR", "reason": "DEFECTIVE",
                 "description": "Left earcup crackles after two days.",
                 "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/1.jpg", "note": "crack"}],
                 "preferredResolution": "REFUND",
                 "lines": [{"lineId": "1", "sku": "HP-200", "description": "Headphones", "productType": "PHYSICAL",
                            "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "%s",
                            "deliveredAt": "2026-11-03T10:00:00Z", "serviceStartedAt": null, "subscriptionPeriod": null}]}
                """.formatted(orderNumber, amountPaid);
    }

    @Test
    void aValidRequestIsAcceptedAndItsStatusCanBeRead() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String location = http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(request(orderNumber, "199.00")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/refunds/")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.respondBy").exists())
                .andReturn().getResponse().getHeader("Location");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get(location).header("X-Api-Key", KEY))
                .andExpect(status().isOk()));
        http.perform(get(location).header("X-Api-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderNumber").value(orderNumber))
                .andExpect(jsonPath("$.history[0].status").value("RECEIVED"));
    }

    @Test
    void everyBadFieldIsListedInTheProblem() throws Exception {
        String body = request("", "199.999").replace("\"EUR\"", "\"EURO\"").replace("DEFECTIVE", "BROKEN");
        http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("orderNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
    }

    /** Issue 15 item 11: some units of a line, 1 to quantity. */
    @Test
    void oneOfThreeUnitsIsAccepted() throws Exception {
        String body = request("NX-" + UUID.randomUUID(), "299.70")
                .replace("\"quantity\": 1,", "\"quantity\": 3, \"quantityToRefund\": 1,");
        http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted());
    }

    @Test
    void moreUnitsToRefundThanWereBoughtIs400NamingTheField() throws Exception {
        String body = request("NX-" + UUID.randomUUID(), "299.70")
                .replace("\"quantity\": 1,", "\"quantity\": 3, \"quantityToRefund\": 4,");
        http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].quantityToRefund")));
    }

    @Test
    void aMalformedBodyGets400WithProblemDetails() throws Exception {
        http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderNumber\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").exists());
    }

    @Test
    void withoutTheStorefrontKeyTheAnswerIs401() throws Exception {
        http.perform(post("/api/v1/refunds").contentType(MediaType.APPLICATION_JSON).content(request("NX-1", "1.00")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionNamesTheContract() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/refunds'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/refunds/{refundId}'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.storefrontKey.name").value("X-Api-Key"));
    }

    @Test
    void anUnknownRefundIs404() throws Exception {
        http.perform(get("/api/v1/refunds/" + UUID.randomUUID()).header("X-Api-Key", KEY))
                .andExpect(status().isNotFound());
    }
}
