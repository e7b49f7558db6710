package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RefundServices;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One refund through all four services, each its own JVM from its executable jar, on the real infrastructure. */
class RefundFlowTest {

    static final String STOREFRONT_KEY = "local-storefront-key";
    static final String OPERATOR = "Basic " + Base64.getEncoder()
            .encodeToString("reviewer:local-reviewer".getBytes(StandardCharsets.UTF_8));

    static Infrastructure infrastructure;
    static RefundServices services;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startSystem() {
        infrastructure = Infrastructure.shared();
        services = RefundServices.startOn(infrastructure, Path.of("target", "service-logs"));
    }

    @AfterAll
    static void stopSystem() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void anApprovedRefundIsDecidedPaidShownAndEmailed() throws Exception {
        String orderNumber = "NX-E2E-" + UUID.randomUUID();
        String email = "e2e-" + UUID.randomUUID() + "@example.com";
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> accepted = post(services.url("intake-service") + "/api/v1/refunds",
                refundRequest(orderNumber, email, delivered));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String refundId = json.readTree(accepted.body()).get("refundId").asString();
        String statusUrl = services.url("intake-service") + "/api/v1/refunds/" + refundId;

        JsonNode view = await().atMost(Duration.ofSeconds(60)).until(() -> getJson(statusUrl, "X-Api-Key",
                STOREFRONT_KEY), v -> v != null && "PROCESSED".equals(v.path("status").asString()));
        assertThat(view.path("decision").path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(view.path("decision").path("approvedAmount").asString()).isEqualTo("199.00");
        assertThat(view.path("decision").path("clauses").toString()).contains("STD-1");
        assertThat(view.path("decision").path("decidedBy").asString()).isEqualTo("policy");
        assertThat(view.path("history").toString()).contains("RECEIVED", "APPROVED", "PROCESSED");

        JsonNode payment = getJson(services.url("payment-service") + "/api/v1/refund-payments/" + refundId,
                "Authorization", OPERATOR);
        assertThat(payment).isNotNull();
        assertThat(payment.toString()).contains(refundId).contains("19900");

        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(60)).until(
                () -> infrastructure.mail().receivedBy(email), m -> m.size() >= 3);
        assertThat(mails).extracting(MimeMessage::getSubject).hasSize(3).doesNotHaveDuplicates();
        assertThat(mails).allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email));
    }

    @Test
    void aMalformedRequestIsRefusedWithProblemDetails() throws Exception {
        HttpResponse<String> refused = post(services.url("intake-service") + "/api/v1/refunds", "{\"lines\": []}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(refused.body()).get("errors").size()).isGreaterThan(3);
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Api-Key", STOREFRONT_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String url, String header, String value) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
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
