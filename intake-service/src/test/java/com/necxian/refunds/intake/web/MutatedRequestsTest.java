package com.necxian.refunds.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.fuzz.MutatedRefundRequests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: whatever a storefront posts, intake never answers 5xx, every 4xx is problem+json (a 400 lists its
 * fields), and every request it accepts reaches its own status view, so a good request after them still does.
 * Bodies are valid requests with random mutations ({@link MutatedRefundRequests}), posted over a real socket to
 * intake on real Kafka, Apicurio Registry and PostgreSQL. A failure names its seed: rerun with
 * {@code -Dfuzz.seed=<seed>} (and {@code -Dfuzz.tries=<n>}) to post the very same bodies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MutatedRequestsTest {

    static final int TRIES = Integer.getInteger("fuzz.tries", 2000);
    static final long SEED = Long.getLong("fuzz.seed", new SplittableRandom().nextLong());

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noMutatedRequestGets5xxAndEveryAcceptedOneReachesTheStatusView() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> accepted = new HashSet<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int i = 0; i < TRIES; i++) {
            String body = MutatedRefundRequests.mutated(random.split(), clock.instant());
            String key = random.nextBoolean() ? UUID.randomUUID().toString() : null;
            HttpResponse<String> answer = post(body, key);
            String context = "seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "), try " + i + ", body: "
                    + abbreviated(body) + "\nanswer " + answer.statusCode() + ": " + abbreviated(answer.body());
            answers.merge(answer.statusCode(), 1, Integer::sum);
            assertThat(answer.statusCode()).as(context).isLessThan(500);
            if (answer.statusCode() == 202) {
                accepted.add(json.readTree(answer.body()).get("refundId").asString());
            } else {
                assertIsAProblem(answer, context);
            }
        }
        System.out.printf("seed %d: %d mutated requests, answers by status %s%n", SEED, TRIES, answers);
        String good = MutatedRefundRequests.valid(clock.instant()).toString();
        HttpResponse<String> answer = post(good, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        accepted.add(json.readTree(answer.body()).get("refundId").asString());

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            accepted.removeIf(this::isInTheStatusView);
            assertThat(accepted).as("accepted (seed " + SEED + ") but not in the status view").isEmpty();
        });
    }

    private void assertIsAProblem(HttpResponse<String> answer, String context) {
        assertThat(answer.headers().firstValue("Content-Type")).as(context).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (answer.statusCode() == 400) {
            JsonNode errors = json.readTree(answer.body()).get("errors");
            assertThat(errors).as(context).isNotNull();
            assertThat(errors.isArray() && !errors.isEmpty()).as(context).isTrue();
            errors.forEach(error -> assertThat(error.get("field").asString() + error.get("message").asString())
                    .as(context).isNotBlank());
        }
    }

    private boolean isInTheStatusView(String refundId) {
        try {
            return http.send(HttpRequest.newBuilder(uri("/api/v1/refunds/" + refundId))
                    .header("X-Api-Key", RefundApiTest.KEY).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/refunds"))
                .header("X-Api-Key", RefundApiTest.KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String abbreviated(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "... (" + text.length() + " characters)";
    }
}
