package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * One request per row of the decision table (../shared/design/policy-rules.md) posted through intake; the decision
 * the policy published is read back where it lands: the status view for approvals and denials, the review queue
 * for cases a person decides.
 */
class DecisionTableThroughIntakeTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final Set<String> SETTLED = Set.of("UNDER_REVIEW", "DENIED", "PROCESSED", "FAILED");

    final RunningSystem system = RunningSystem.get();

    /** A line of the request, and the facts around it. */
    record Row(String number, String productType, String madeToOrder, String saleCondition, String reason,
            Instant deliveredAt, Instant serviceStartedAt, boolean subscription, boolean orderProcessed) {
    }

    static Stream<Arguments> rows() {
        Instant recently = NOW.minus(3, ChronoUnit.DAYS);
        Instant longAgo = NOW.minus(60, ChronoUnit.DAYS);
        return Stream.of(
                row(new Row("1", "THIRD_PARTY_SERVICE", "NONE", "REGULAR", "OTHER", null, recently, false, true),
                        "REVIEW", "TPS-1", "TPS-2"),
                row(new Row("2", "PROFESSIONAL_SERVICE", "NONE", "REGULAR", "NOT_DELIVERED", null, recently, false, true),
                        "REVIEW", "PRO-1", "PRO-2"),
                row(new Row("3", "CUSTOM_SERVICE", "NONE", "REGULAR", "DISSATISFIED", null, null, false, true),
                        "APPROVE", "NRS-1"),
                row(new Row("4", "CUSTOM_SERVICE", "NONE", "REGULAR", "SIGNIFICANT_DEVIATION", null, recently, false,
                        true), "REVIEW", "NRS-2"),
                row(new Row("5", "CUSTOM_SERVICE", "NONE", "REGULAR", "DISSATISFIED", null, recently, false, true),
                        "DENY", "NRS-1"),
                row(new Row("6", "SUBSCRIPTION", "NONE", "REGULAR", "BILLING_ERROR", null, null, true, true),
                        "REVIEW", "SUB-3"),
                row(new Row("7", "SUBSCRIPTION", "NONE", "REGULAR", "DISSATISFIED", null, null, true, true),
                        "DENY", "SUB-1", "SUB-2"),
                row(new Row("8", "DIGITAL", "NONE", "REGULAR", "DISSATISFIED", null, null, false, true),
                        "APPROVE", "DIG-1"),
                row(new Row("9", "DIGITAL", "NONE", "REGULAR", "DISSATISFIED", NOW.minus(10, ChronoUnit.DAYS), null, false,
                        true), "DENY", "DIG-4", "DIG-1"),
                row(new Row("10", "DIGITAL", "NONE", "REGULAR", "TECHNICAL_ISSUE", recently, null, false, true),
                        "REVIEW", "DIG-2", "DIG-3"),
                row(new Row("11", "DIGITAL", "NONE", "REGULAR", "DISSATISFIED", recently, null, false, true),
                        "DENY", "DIG-1", "EXC-1"),
                row(new Row("12", "PHYSICAL", "NONE", "CLEARANCE", "DEFECTIVE", recently, null, false, true),
                        "REVIEW", "EXC-3"),
                row(new Row("13", "PHYSICAL", "CUSTOMIZED", "REGULAR", "DISSATISFIED", recently, null, false, true),
                        "DENY", "EXC-1"),
                row(new Row("14", "PHYSICAL", "SPECIAL_ORDER", "REGULAR", "NO_LONGER_NEEDED", null, null, false, false),
                        "APPROVE", "EXC-1"),
                row(new Row("15", "PHYSICAL", "NONE", "PROMOTIONAL", "NO_LONGER_NEEDED", recently, null, false, true),
                        "DENY", "EXC-2"),
                row(new Row("16a", "PHYSICAL", "NONE", "REGULAR", "PRODUCT_RECALL", longAgo, null, false, true),
                        "REVIEW", "EXC-3"),
                row(new Row("17", "PHYSICAL", "NONE", "REGULAR", "NO_LONGER_NEEDED", recently, null, false, true),
                        "APPROVE", "STD-1"),
                row(new Row("18", "PHYSICAL", "NONE", "REGULAR", "DEFECTIVE", longAgo, null, false, true),
                        "REVIEW", "EXC-3"),
                row(new Row("19", "PHYSICAL", "NONE", "REGULAR", "NO_LONGER_NEEDED", longAgo, null, false, true),
                        "DENY", "STD-1"),
                // issue 15: what an acceptance run found
                row(new Row("13-inferred", "PHYSICAL", "CUSTOMIZED", "REGULAR", "NO_LONGER_NEEDED", recently, null,
                        false, false), "DENY", "EXC-1"),
                row(new Row("3-scheduled", "CUSTOM_SERVICE", "NONE", "REGULAR", "NO_LONGER_NEEDED", null,
                        NOW.plus(7, ChronoUnit.DAYS), false, true), "APPROVE", "NRS-1"),
                row(new Row("8-preorder", "DIGITAL", "NONE", "REGULAR", "NO_LONGER_NEEDED",
                        NOW.plus(5, ChronoUnit.DAYS), null, false, true), "APPROVE", "DIG-1"),
                row(new Row("11b", "PHYSICAL", "NONE", "REGULAR", "NOT_DELIVERED", null, null, false, true),
                        "REVIEW", "STD-3"),
                row(new Row("unknown-facts", "PHYSICAL", null, null, "NO_LONGER_NEEDED", recently, null, false,
                        true), "REVIEW", "REQ-INPUT"));
    }

    static Arguments row(Row row, String lineOutcome, String... clauses) {
        return Arguments.of(row.number(), row, lineOutcome, List.of(clauses));
    }

    @ParameterizedTest(name = "row {0}: {2} {3}")
    @MethodSource("rows")
    void theDecisionPublishedForEachRowCitesItsClauses(String number, Row row, String lineOutcome, List<String> clauses)
            throws Exception {
        var accepted = system.submit(request(row));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String refundId = system.json(accepted.body()).get("refundId").asString();

        JsonNode view = await().atMost(Duration.ofSeconds(60)).until(() -> system.status(refundId),
                v -> v != null && SETTLED.contains(v.path("status").asString()));

        JsonNode line = "REVIEW".equals(lineOutcome) ? reviewedLine(refundId, view) : decidedLine(view);
        if ("REVIEW".equals(lineOutcome)) {
            assertThat(strings(view.path("review").path("clauses"))).containsAll(clauses);
            assertThat(view.path("review").path("message").asString()).isNotBlank();
            assertThat(view.path("review").path("respondBy").asString()).isNotBlank();
        }
        assertThat(line.path("outcome").asString()).isEqualTo(lineOutcome);
        assertThat(strings(line.path("clauses"))).containsAll(clauses);
        assertThat(line.path("explanation").asString()).isNotBlank();
    }

    private JsonNode decidedLine(JsonNode view) {
        assertThat(view.path("status").asString()).isIn("PROCESSED", "DENIED", "FAILED");
        return view.path("decision").path("lines").get(0);
    }

    private JsonNode reviewedLine(String refundId, JsonNode view) throws Exception {
        assertThat(view.path("status").asString()).isEqualTo("UNDER_REVIEW");
        JsonNode review = system.get(system.url("policy-service") + "/api/v1/reviews/" + refundId, "Authorization",
                RunningSystem.REVIEWER);
        assertThat(review).as("review case of " + refundId).isNotNull();
        return review.path("lines").get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    static String request(Row row) {
        Instant ordered = NOW.minus(70, ChronoUnit.DAYS);
        String period = row.subscription() ? "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(
                NOW.minus(10, ChronoUnit.DAYS), NOW.plus(20, ChronoUnit.DAYS)) : "null";
        return """
                {"orderNumber": "NX-ROW%s-%s", "orderedAt": "%s", "processedAt": %s,
                 "customer": {"id": "C-ROWS", "email": "rows-%s@example.com", "name": "Row Tester"},
                 "payment": {"method": "CARD", "reference": "pay_row_%s"}, "currency": "EUR", "reason": "%s",
                 "description": "Decision table row %s.", "preferredResolution": "REFUND",
                 "evidence": [{"kind": "SCREENSHOT", "uri": "https://cdn.example.com/row.png", "note": "steps tried"}],
                 "lines": [{"lineId": "1", "sku": "SKU-%s", "productType": "%s", "madeToOrder": %s,
                            "saleCondition": %s, "quantity": 1, "amountPaid": "20.00",
                            "deliveredAt": %s, "serviceStartedAt": %s, "subscriptionPeriod": %s}]}
                """.formatted(row.number(), UUID.randomUUID(), ordered,
                row.orderProcessed() ? quoted(ordered.plus(1, ChronoUnit.HOURS)) : "null", row.number(),
                UUID.randomUUID(), row.reason(), row.number(), row.number(), row.productType(),
                quoted(row.madeToOrder()), quoted(row.saleCondition()), quoted(row.deliveredAt()),
                quoted(row.serviceStartedAt()), period);
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
