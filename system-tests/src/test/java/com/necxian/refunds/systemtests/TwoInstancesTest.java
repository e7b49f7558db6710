package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RefundServices;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scale-out: two instances of every service, each its own JVM, against one broker, one database per service and
 * one payment provider (the simulated one, whose refunds live in payment's database: one instance submits a refund,
 * the other may check its status). Refunds posted to both intakes (some twice, with the same Idempotency-Key, once
 * to each) all end PROCESSED with exactly one refund at the provider (its own record) and exactly three e-mails at
 * the SMTP server each, as with one instance. Runs in its own JVM (surefire execution scale-out) so no other services share its
 * broker and mail server.
 */
class TwoInstancesTest {

    static final int REFUNDS = 60;
    static final String KEY = "local-storefront-key";
    static final Set<String> GROUPS = Set.of("policy-service", "payment-service", "notification-service",
            "intake-status-view");

    static Infrastructure infrastructure;
    static RefundServices first;
    static RefundServices second;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTwoOfEach() {
        infrastructure = Infrastructure.shared();
        first = start("first");
        second = start("second");
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static RefundServices start(String instance) {
        return RefundServices.startOn(infrastructure, Path.of("target", "scale-out-logs", instance), Map.of(
                "necxian.payment.gateway", "simulated",
                "spring.kafka.client-id", instance), Duration.ofSeconds(300));
    }

    @Test
    void twoInstancesOfEachServiceGiveTheSameOutcomeAsOne() throws Exception {
        Map<String, String> emails = new LinkedHashMap<>();
        List<String> intakes = List.of(first.url("intake-service"), second.url("intake-service"));
        for (int i = 0; i < REFUNDS; i++) {
            String order = "NX-SCALE-" + UUID.randomUUID();
            String email = "scale-" + UUID.randomUUID() + "@example.com";
            String body = request(order, email);
            String key = UUID.randomUUID().toString();
            String refundId = submit(intakes.get(i % 2), body, key);
            if (i % 6 == 0) {
                assertThat(submit(intakes.get((i + 1) % 2), body, key)).as("the same key at the other instance")
                        .isEqualTo(refundId);
            }
            emails.put(refundId, email);
        }

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(emails.keySet())
                .allSatisfy(id -> assertThat(status(intakes.get(1), id)).isEqualTo("PROCESSED")));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(emails.values())
                .allSatisfy(email -> assertThat(infrastructure.mail().receivedBy(email)).hasSizeGreaterThanOrEqualTo(3)));

        assertThat(SimulatedProvider.refundsMadeFor(infrastructure, emails.keySet()))
                .as("one refund at the provider per refund id").hasSize(REFUNDS)
                .allSatisfy((id, amounts) -> assertThat(amounts).containsExactly(4_990L));
        for (String email : emails.values()) {
            assertThat(infrastructure.mail().receivedBy(email)).as(email).hasSize(3);
        }
        assertThat(instancesWithPartitions()).as("both instances hold partitions in every consumer group")
                .containsOnlyKeys(GROUPS)
                .allSatisfy((group, instances) -> assertThat(instances).containsOnly("first", "second"));
    }

    private String submit(String intake, String body, String idempotencyKey) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(intake + "/api/v1/refunds"))
                .header("X-Api-Key", KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return json.readTree(answer.body()).get("refundId").asString();
    }

    private String status(String intake, String refundId) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create(intake + "/api/v1/refunds/" + refundId)).header("X-Api-Key", KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return "HTTP " + answer.statusCode();
        }
        JsonNode view = json.readTree(answer.body());
        return view.path("status").asString();
    }

    /** Per consumer group, the instances (client-id prefixes) that were assigned at least one partition. */
    private Map<String, Set<String>> instancesWithPartitions() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<String, Set<String>> instances = new LinkedHashMap<>();
            admin.describeConsumerGroups(new ArrayList<>(GROUPS)).all().get().forEach(
                    (group, description) -> instances.put(group, description.members().stream()
                            .filter(member -> !member.assignment().topicPartitions().isEmpty())
                            .map(member -> member.clientId().split("-")[0]).collect(Collectors.toSet())));
            return instances;
        }
    }

    private static String request(String order, String email) {
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"orderNumber": "%s", "orderedAt": "%s", "processedAt": "%s",
                 "customer": {"id": "C-SCALE", "email": "%s", "name": "Ana Ruiz"},
                 "payment": {"method": "CARD", "reference": "pi_%s"}, "currency": "EUR", "reason": "DEFECTIVE",
                 "description": "Stopped charging after a week.",
                 "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/2.jpg"}],
                 "preferredResolution": "REFUND",
                 "lines": [{"lineId": "1", "sku": "CH-10", "description": "Charger", "productType": "PHYSICAL",
                            "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "49.90",
                            "deliveredAt": "%s"}]}
                """.formatted(order, delivered.minus(2, ChronoUnit.DAYS), delivered.minus(2, ChronoUnit.DAYS), email,
                order.substring(3).replace('-', '_'), delivered);
    }
}
