package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/** One refund through all four services, each its own JVM from its executable jar, on the real infrastructure. */
class RefundFlowTest {

    final RunningSystem system = RunningSystem.get();

    @Test
    void anApprovedRefundIsDecidedPaidShownAndEmailed() throws Exception {
        String orderNumber = "NX-E2E-" + UUID.randomUUID();
        String email = "e2e-" + UUID.randomUUID() + "@example.com";
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> accepted = system.submit(refundRequest(orderNumber, email, delivered));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String refundId = system.json(accepted.body()).get("refundId").asString();

        JsonNode view = await().atMost(Duration.ofSeconds(60)).until(() -> system.status(refundId),
                v -> v != null && "PROCESSED".equals(v.path("status").asString()));
        assertThat(view.path("decision").path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(view.path("decision").path("approvedAmount").asString()).isEqualTo("199.00");
        assertThat(view.path("decision").path("clauses").toString()).contains("STD-1");
        assertThat(view.path("decision").path("decidedBy").asString()).isEqualTo("policy");
        assertThat(view.path("history").toString()).contains("RECEIVED", "APPROVED", "PROCESSED");

        JsonNode payment = system.get(system.url("payment-service") + "/api/v1/refund-payments/" + refundId,
                "Authorization", RunningSystem.OPERATOR);
        assertThat(payment).isNotNull();
        assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(payment.path("paidAmount").asString()).isEqualTo("199.00");
        assertThat(payment.path("paymentReference").asString()).isEqualTo("pay_" + orderNumber);
        assertThat(view.path("payment").path("reference").asString())
                .isEqualTo(payment.path("providerReference").asString());

        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(60)).until(
                () -> system.infrastructure.mail().receivedBy(email), m -> m.size() >= 3);
        assertThat(mails).extracting(MimeMessage::getSubject).hasSize(3).doesNotHaveDuplicates();
        assertThat(mails).allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email));
    }

    @Test
    void aMalformedRequestIsRefusedWithProblemDetails() throws Exception {
        HttpResponse<String> refused = system.submit("{\"lines\": []}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(system.json(refused.body()).get("errors").size()).isGreaterThan(3);
    }

    static String refundRequest(String orderNumber, String email, Instant delivered) {
        return """
                {"orderNumber": "%s", "orderedAt": "%s", "processedAt": "%s",
                 "customer": {"id": "C-E2E", "email": "%s", "name": "Ana Ruiz"},
                 "payment": {"method": "CARD", "reference": "pay_%s"}, "currency": "EUR", "reason": "DEFECTIVE",
                 "description": "Left earcup crackles after two days.",
                 "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/1.jpg", "note": "crack"}],
                 "preferredResolution": "REFUND",
                 "lines": [{"lineId": "1", "sku": "HP-200", "description": "Headphones", "productType": "PHYSICAL",
                            "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "199.00",
                            "deliveredAt": "%s"}]}
                """.formatted(orderNumber, delivered.minus(2, ChronoUnit.DAYS), delivered.minus(2, ChronoUnit.DAYS),
                email, orderNumber, delivered);
    }
}
