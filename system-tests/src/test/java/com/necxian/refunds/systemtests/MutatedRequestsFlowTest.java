package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.testsupport.fuzz.MutatedRefundRequests;

import tools.jackson.databind.JsonNode;

/**
 * Property, on all four services: mutated refund requests ({@link MutatedRefundRequests}) never get a 5xx from
 * intake, each 4xx is problem+json, each accepted one shows in intake's status view, and a good refund posted after
 * them is still decided and paid. A failure names its seed: rerun with {@code -Dfuzz.seed=<seed>}.
 */
class MutatedRequestsFlowTest {

    static final int TRIES = Integer.getInteger("fuzz.system.tries", 300);
    static final long SEED = Long.getLong("fuzz.seed", new SplittableRandom().nextLong());

    final RunningSystem system = RunningSystem.get();

    @Test
    void mutatedRequestsNeitherFailIntakeNorStallTheRefundsAfterThem() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> accepted = new HashSet<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int i = 0; i < TRIES; i++) {
            String body = MutatedRefundRequests.mutated(random.split(), Instant.now());
            HttpResponse<String> answer = system.submit(body);
            answers.merge(answer.statusCode(), 1, Integer::sum);
            String context = "seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "), try " + i + ", body: "
                    + abbreviated(body) + "\nanswer " + answer.statusCode() + ": " + abbreviated(answer.body());
            assertThat(answer.statusCode()).as(context).isLessThan(500);
            if (answer.statusCode() == 202) {
                accepted.add(system.json(answer.body()).get("refundId").asString());
            } else {
                assertThat(answer.headers().firstValue("Content-Type")).as(context)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.statusCode() != 400 || system.json(answer.body()).path("errors").size() > 0)
                        .as(context).isTrue();
            }
        }
        System.out.printf("seed %d: %d mutated requests, answers by status %s%n", SEED, TRIES, answers);

        String orderNumber = "NX-AFTER-FUZZ-" + UUID.randomUUID();
        HttpResponse<String> good = system.submit(RefundFlowTest.refundRequest(orderNumber,
                "after-fuzz@example.com", Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(202);
        String refundId = system.json(good.body()).get("refundId").asString();

        JsonNode view = await().atMost(Duration.ofSeconds(90)).until(() -> system.status(refundId),
                v -> v != null && "PROCESSED".equals(v.path("status").asString()));
        assertThat(view.path("decision").path("outcome").asString()).isEqualTo("APPROVED");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            accepted.removeIf(this::isInTheStatusView);
            assertThat(accepted).as("accepted (seed " + SEED + ") but not in intake's status view").isEmpty();
        });
    }

    private boolean isInTheStatusView(String refundId) {
        try {
            return system.status(refundId) != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "... (" + text.length() + " characters)";
    }
}
