package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 11 through intake with all four services: 1 of 3 units of a line, then the remaining 2, each
 * approved for its share and paid; a third request for one more unit is denied (REQ-DUPLICATE).
 */
class PartialQuantitiesThroughIntakeTest {

    static final Set<String> SETTLED = Set.of("UNDER_REVIEW", "DENIED", "PROCESSED", "FAILED");

    final RunningSystem system = RunningSystem.get();

    @Test
    void oneUnitThenTheRemainingTwoAreRefundedAndAThirdRequestIsDenied() throws Exception {
        String orderNumber = "NX-UNITS-" + UUID.randomUUID();

        String firstId = submit(orderNumber, 1);
        JsonNode first = settled(firstId);
        String restId = submit(orderNumber, 2);
        JsonNode rest = settled(restId);
        JsonNode more = settled(submit(orderNumber, 1));

        assertThat(first.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(first.path("decision").path("approvedAmount").asString()).isEqualTo("99.90");
        assertThat(paidAmount(firstId)).isEqualTo("99.90");
        assertThat(rest.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(rest.path("decision").path("approvedAmount").asString()).isEqualTo("199.80");
        assertThat(paidAmount(restId)).isEqualTo("199.80");
        assertThat(more.path("status").asString()).isEqualTo("DENIED");
        assertThat(more.path("decision").path("clauses").toString()).contains("REQ-DUPLICATE");
        assertThat(more.path("decision").path("lines").get(0).path("explanation").asString())
                .contains("already refunded");
    }

    @Test
    void moreUnitsThanWereBoughtAreRefusedByIntake() throws Exception {
        HttpResponse<String> refused = system.submit(request("NX-UNITS-" + UUID.randomUUID(), 4));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("lines[0].quantityToRefund");
    }

    private String submit(String orderNumber, int units) throws Exception {
        HttpResponse<String> accepted = system.submit(request(orderNumber, units));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return system.json(accepted.body()).get("refundId").asString();
    }

    /** Waits until the refund is decided and, if approved, paid, so the next request sees its units. */
    private JsonNode settled(String refundId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> system.status(refundId),
                v -> v != null && SETTLED.contains(v.path("status").asString()));
    }

    private String paidAmount(String refundId) throws Exception {
        JsonNode payment = system.get(system.url("payment-service") + "/api/v1/refund-payments/" + refundId,
                "Authorization", RunningSystem.OPERATOR);
        assertThat(payment).isNotNull();
        return payment.path("paidAmount").asString();
    }

    private static String request(String orderNumber, int units) {
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"orderNumber": "%s", "orderedAt": "%s", "processedAt": "%s",
                 "customer": {"id": "C-UNITS", "email": "units-%s@example.com", "name": "Unit Tester"},
                 "payment": {"method": "CARD", "reference": "pay_%s"}, "currency": "EUR",
                 "reason": "NO_LONGER_NEEDED", "description": "Bought one set too many.", "preferredResolution": "REFUND",
                 "lines": [{"lineId": "1", "sku": "GL-3", "description": "Wine glass", "productType": "PHYSICAL",
                            "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 3,
                            "quantityToRefund": %d, "amountPaid": "299.70", "deliveredAt": "%s"}]}
                """.formatted(orderNumber, delivered.minus(2, ChronoUnit.DAYS), delivered.minus(1, ChronoUnit.DAYS),
                UUID.randomUUID(), orderNumber, units, delivered);
    }
}
