package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.testsupport.RefundServices;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * One refund is one trace across the four services, each its own JVM: the id intake answers in X-Trace-Id is the
 * one its status view shows and the one every service's log lines about the refund carry.
 */
class OneTraceTest {

    final RunningSystem system = RunningSystem.get();

    @Test
    void oneRefundsTraceIdIsInTheAnswerTheStatusViewAndTheLogsOfAllFourServices() throws Exception {
        String orderNumber = "NX-TRACE-" + UUID.randomUUID();
        String email = "trace-" + UUID.randomUUID() + "@example.com";
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> accepted = system.submit(RefundFlowTest.refundRequest(orderNumber, email, delivered));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String traceId = accepted.headers().firstValue("X-Trace-Id").orElseThrow();
        assertThat(traceId).matches("[0-9a-f]{32}");
        String refundId = system.json(accepted.body()).get("refundId").asString();
        JsonNode view = await().atMost(Duration.ofSeconds(60)).until(() -> system.status(refundId),
                v -> v != null && "PROCESSED".equals(v.path("status").asString()));
        assertThat(view.path("traceId").asString()).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(60)).until(() -> system.infrastructure.mail().receivedBy(email),
                (List<MimeMessage> mails) -> mails.size() >= 3);

        for (String service : RefundServices.NAMES) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(linesOf(service, refundId))
                    .as("%s logs refund %s", service, refundId).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("[" + traceId + "-")));
        }
    }

    private List<String> linesOf(String service, String refundId) throws Exception {
        try (var lines = Files.lines(system.services.get(service).log())) {
            return lines.filter(line -> line.contains(refundId)).toList();
        }
    }
}
