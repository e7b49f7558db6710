package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Where Docker exists: docker compose up, then one refund through the containers. Skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackTest {

    @Container
    static final ComposeContainer compose = new ComposeContainer(new File("../docker-compose.yml"))
            .withEnv("STOREFRONT_API_KEY", "compose-key").withEnv("POSTGRES_PASSWORD", "compose-db")
            .withEnv("REVIEWER_USER", "kim").withEnv("REVIEWER_PASSWORD", "compose-reviewer")
            .withEnv("POLICY_OWNER_USER", "olga").withEnv("POLICY_OWNER_PASSWORD", "compose-policy-owner")
            .withEnv("PAYMENT_GATEWAY", "simulated")
            .withEnv("OPERATOR_USER", "ops").withEnv("OPERATOR_PASSWORD", "compose-operator")
            .withEnv("INTAKE_DB_PASSWORD", "compose-intake-db").withEnv("POLICY_DB_PASSWORD", "compose-policy-db")
            .withEnv("PAYMENT_DB_PASSWORD", "compose-payment-db")
            .withEnv("NOTIFICATION_DB_PASSWORD", "compose-notification-db")
            .withEnv("KAFKA_ADMIN_PASSWORD", "compose-kafka-admin")
            .withEnv("KAFKA_INTAKE_PASSWORD", "compose-kafka-intake")
            .withEnv("KAFKA_POLICY_PASSWORD", "compose-kafka-policy")
            .withEnv("KAFKA_PAYMENT_PASSWORD", "compose-kafka-payment")
            .withEnv("KAFKA_NOTIFICATION_PASSWORD", "compose-kafka-notification")
            .withEnv("KAFKA_ANALYTICS_PASSWORD", "compose-kafka-analytics")
            .withEnv("GRAFANA_ADMIN_PASSWORD", "compose-grafana")
            .withBuild(true)
            .waitingFor("intake-service", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(15)))
            .waitingFor("notification-service", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(15)));

    @Test
    void aRefundGoesThroughTheContainers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String order = "NX-COMPOSE-" + UUID.randomUUID();
        String body = RefundFlowTest.refundRequest(order, "compose@example.com",
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        var accepted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/api/v1/refunds"))
                .header("X-Api-Key", "compose-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();

        await().atMost(Duration.ofMinutes(2)).until(() -> http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:8080" + location)).header("X-Api-Key", "compose-key").build(),
                HttpResponse.BodyHandlers.ofString()).body(), b -> b.contains("\"PROCESSED\""));
        String mail = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8025/api/v1/messages")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(mail).contains("compose@example.com");
    }
}
