package com.necxian.refunds.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits example requests covering the main policy cases to a running local stack, waits for them to settle,
 * and prints request, decision, clauses, payment status and e-mails sent.
 */
public final class Demo {

    record Case(String title, String productType, String madeToOrder, String saleCondition, String reason,
            String amount, long deliveredDaysAgo, String preferredResolution) {
    }

    static final List<Case> CASES = List.of(
            new Case("Headphones, defective, 3 days", "PHYSICAL", "NONE", "REGULAR", "DEFECTIVE", "199.00", 3, "REFUND"),
            new Case("Jacket, no longer needed, store credit", "PHYSICAL", "NONE", "REGULAR", "NO_LONGER_NEEDED",
                    "80.00", 10, "STORE_CREDIT"),
            new Case("Clearance lamp", "PHYSICAL", "NONE", "CLEARANCE", "NO_LONGER_NEEDED", "25.00", 2, "REFUND"),
            new Case("Engraved pen (customized)", "PHYSICAL", "CUSTOMIZED", "REGULAR", "DISSATISFIED", "40.00", 2,
                    "REFUND"),
            new Case("Old chair, outside the window", "PHYSICAL", "NONE", "REGULAR", "DISSATISFIED", "150.00", 60,
                    "REFUND"),
            new Case("E-book, 12 days after delivery", "DIGITAL", "NONE", "REGULAR", "DISSATISFIED", "9.99", 12,
                    "REFUND"),
            new Case("Course with a technical issue", "DIGITAL", "NONE", "REGULAR", "TECHNICAL_ISSUE", "49.00", 2,
                    "REFUND"),
            new Case("Concert tickets (third party)", "THIRD_PARTY_SERVICE", "NONE", "REGULAR", "OTHER", "120.00", 5,
                    "REFUND"),
            new Case("Laptop above the review threshold", "PHYSICAL", "NONE", "REGULAR", "DEFECTIVE", "2400.00", 3,
                    "REFUND"));

    private static final Set<String> SETTLED = Set.of("UNDER_REVIEW", "DENIED", "PROCESSED", "FAILED");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String intake;
    private final String mailApi;

    Demo(String intake, String mailApi) {
        this.intake = intake;
        this.mailApi = mailApi;
    }

    public static void main(String[] args) throws Exception {
        new Demo("http://127.0.0.1:8080", "http://127.0.0.1:8025/api/messages").run();
    }

    void run() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String[]> submitted = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String email = "demo-" + run + "-" + i + "@example.com";
            var response = send(HttpRequest.newBuilder(URI.create(intake + "/api/v1/refunds"))
                    .header("X-Api-Key", "local-storefront-key").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(c, "NX-DEMO-" + run + "-" + i, email))).build());
            submitted.add(new String[] {c.title(), String.valueOf(response.statusCode()),
                    response.statusCode() == 202 ? json.readTree(response.body()).get("refundId").asString() : "",
                    email});
        }
        System.out.println("Submitted " + submitted.size() + " requests; waiting for them to settle...");
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        List<JsonNode> views = views(submitted);
        while (!views.stream().allMatch(v -> v != null && SETTLED.contains(v.path("status").asString()))
                && System.nanoTime() < deadline) {
            Thread.sleep(500); // a person is watching: poll twice a second
            views = views(submitted);
        }
        Thread.sleep(1500); // let the last e-mails leave
        print(submitted, views);
    }

    private List<JsonNode> views(List<String[]> submitted) throws Exception {
        List<JsonNode> views = new ArrayList<>();
        for (String[] s : submitted) {
            var response = s[2].isEmpty() ? null : send(HttpRequest.newBuilder(
                    URI.create(intake + "/api/v1/refunds/" + s[2])).header("X-Api-Key", "local-storefront-key").build());
            views.add(response != null && response.statusCode() == 200 ? json.readTree(response.body()) : null);
        }
        return views;
    }

    private void print(List<String[]> submitted, List<JsonNode> views) throws Exception {
        String thisRun = submitted.get(0)[3].substring(0, submitted.get(0)[3].lastIndexOf('-') + 1);
        JsonNode mails = json.readTree(send(HttpRequest.newBuilder(URI.create(mailApi + "?size=500&to=" + thisRun))
                .build()).body());
        String format = "%-38s %-5s %-13s %-10s %-28s %-10s %s%n";
        System.out.printf(format, "REQUEST", "HTTP", "STATUS", "AMOUNT", "CLAUSES", "PAYMENT", "E-MAILS");
        for (int i = 0; i < submitted.size(); i++) {
            JsonNode view = views.get(i);
            String email = submitted.get(i)[3];
            List<String> subjects = new ArrayList<>();
            mails.forEach(m -> {
                if (m.path("to").asString().contains(email)) {
                    subjects.add(m.path("subject").asString());
                }
            });
            System.out.printf(format, submitted.get(i)[0], submitted.get(i)[1],
                    view == null ? "-" : view.path("status").asString(),
                    view == null ? "" : view.path("decision").path("approvedAmount").asString(""),
                    view == null ? "" : view.path("decision").path("clauses").toString(),
                    view == null ? "" : view.path("payment").path("status").asString(""),
                    subjects.size() + " " + subjects);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String body(Case c, String orderNumber, String email) {
        Instant delivered = Instant.now().minus(c.deliveredDaysAgo(), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant ordered = delivered.minus(2, ChronoUnit.DAYS);
        return """
                {"orderNumber": "%s", "orderedAt": "%s", "processedAt": "%s",
                 "customer": {"id": "C-%s", "email": "%s", "name": "Demo Customer"},
                 "payment": {"method": "CARD", "reference": "pay_%s"}, "currency": "EUR", "reason": "%s",
                 "description": "%s", "preferredResolution": "%s",
                 "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/demo.jpg"}],
                 "lines": [{"lineId": "1", "sku": "SKU-1", "description": "%s", "productType": "%s",
                            "madeToOrder": "%s", "saleCondition": "%s", "quantity": 1, "amountPaid": "%s",
                            "deliveredAt": "%s"}]}
                """.formatted(orderNumber, ordered, ordered, orderNumber, email, orderNumber, c.reason(), c.title(),
                c.preferredResolution(), c.title(), c.productType(), c.madeToOrder(), c.saleCondition(), c.amount(),
                delivered);
    }
}
