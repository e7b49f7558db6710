package com.necxian.refunds.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.necxian.refunds.events.EventSchemas;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * What a deployment's registry will say: each subject holds the newest released schema under the BACKWARD rule,
 * and the registry's own compatibility check (Apicurio's test endpoint, the check a registration runs) accepts
 * today's schema and refuses a breaking one, naming the field.
 */
class RegistryCompatibilityTest {

    final String registry = Infrastructure.shared().registry().url() + "/apis/registry/v2/groups/contract-check-"
            + UUID.randomUUID() + "/artifacts";
    final HttpClient http = HttpClient.newHttpClient();

    static Stream<String> topics() {
        return Topics.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void theRegistryAcceptsTodaysSchemaAfterTheReleasedOne(String topic) throws Exception {
        Schema current = EventSchemas.BY_TOPIC.get(topic);
        String subject = releaseUnderTheBackwardRule(topic, current.getName());

        HttpResponse<String> check = testAgainst(subject, current.toString());

        assertThat(check.statusCode()).as("%s: %s", subject, check.body()).isEqualTo(204);
    }

    @Test
    void theRegistryRefusesANewFieldWithoutADefaultAndNamesIt() throws Exception {
        Schema current = EventSchemas.BY_TOPIC.get(Topics.REFUND_APPROVED);
        String subject = releaseUnderTheBackwardRule(Topics.REFUND_APPROVED, current.getName());
        String breaking = current.toString().replaceFirst("\"fields\":\\[",
                "\"fields\":[{\"name\":\"payoutChannel\",\"type\":\"string\"},");

        HttpResponse<String> check = testAgainst(subject, breaking);

        assertThat(check.statusCode()).isEqualTo(409);
        assertThat(check.body()).contains("RuleViolationException", "payoutChannel at /fields/0");
    }

    private String releaseUnderTheBackwardRule(String topic, String event) throws IOException, InterruptedException {
        String subject = topic + "-value";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(registry))
                .header("X-Registry-ArtifactId", subject).header("X-Registry-ArtifactType", "AVRO")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(ReleasedSchemas.newest(event)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        HttpResponse<String> rule = http.send(HttpRequest.newBuilder(URI.create(registry + "/" + subject + "/rules"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"COMPATIBILITY\",\"config\":\"BACKWARD\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(204);
        return subject;
    }

    private HttpResponse<String> testAgainst(String subject, String schema) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(registry + "/" + subject + "/test"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(schema)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
