package com.necxian.refunds.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/notifications for operators, and the delivery metrics. */
class OperatorApiTest extends NotificationServiceTest {

    static final String OPERATOR = "Basic " + Base64.getEncoder()
            .encodeToString("operator:local-operator".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc http;

    @Test
    void anOperatorSeesTheE_mailsOfARefundWithRecipientTimeAndDeliveryStatus() throws Exception {
        String email = Events.uniqueEmail("jo");
        Events refund = Events.forCustomer(email, "Jo");
        publish(refund.requested("broken", 500));
        awaitMail(email, 1);

        http.perform(get("/api/v1/notifications").param("refundId", refund.refundId())
                        .header("Authorization", OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refundId").value(refund.refundId()))
                .andExpect(jsonPath("$.notifications[0].template").value("RECEIVED"))
                .andExpect(jsonPath("$.notifications[0].recipient").value(email))
                .andExpect(jsonPath("$.notifications[0].deliveryStatus").value("SENT"))
                .andExpect(jsonPath("$.notifications[0].sentAt").exists());
    }

    @Test
    void withoutOperatorCredentialsTheAnswerIs401ProblemDetails() throws Exception {
        http.perform(get("/api/v1/notifications").param("refundId", "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/unauthorized"));
        http.perform(get("/api/v1/notifications").param("refundId", "x").header("Authorization", "Basic eDp5"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aMissingRefundIdIs400ProblemDetailsNamingTheField() throws Exception {
        http.perform(get("/api/v1/notifications").header("Authorization", OPERATOR))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("refundId"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void aBlankOrOverlongRefundIdIs400NamingTheField() throws Exception {
        http.perform(get("/api/v1/notifications").param("refundId", " ").header("Authorization", OPERATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("refundId"));
        http.perform(get("/api/v1/notifications").param("refundId", "x".repeat(101))
                        .header("Authorization", OPERATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 100 characters"));
    }

    @Test
    void prometheusExposesSentFailedAndPendingE_mails() throws Exception {
        http.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("notifications_sent_total")))
                .andExpect(content().string(containsString("notifications_failed_total{outcome=\"retry\"")))
                .andExpect(content().string(containsString("notifications_pending")));
    }
}
