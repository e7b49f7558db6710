package com.necxian.refunds.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.AvroSerdeSettings;
import com.necxian.refunds.messaging.RegistryProperties;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * The Node.js example (examples/node-consumer: kafkajs and a Confluent-protocol registry client, no Java) reads
 * what the services' serde wrote to a real broker, resolving schemas at a real Apicurio Registry: a per-day
 * summary by outcome and clause, and a CSV export. One approval is delivered twice: counted once (eventId).
 */
class NodeConsumerTest {

    static final Path EXAMPLE = Path.of("..", "examples", "node-consumer").toAbsolutePath().normalize();
    static final Infrastructure INFRASTRUCTURE = Infrastructure.shared();

    static final RefundHistory PAID = new RefundHistory("NX-T1", "EUR");
    static final RefundHistory DENIED = new RefundHistory("NX-T2", "EUR");
    static final RefundHistory REVIEWED = new RefundHistory("NX-T3", "EUR");
    static final RefundHistory PAID_IN_YEN = new RefundHistory("NX-T4", "JPY");
    static final RefundHistory FAILED = new RefundHistory("NX-T5", "EUR");
    static RefundApproved paidApproval;
    static RecordMetadata repeatedApproval;

    @BeforeAll
    static void theServicesWroteTwoDaysOfRefunds() throws Exception {
        paidApproval = PAID.approved("2026-11-20T09:00:01Z", 19_900, "STD-1");
        List<SpecificRecord> events = new ArrayList<>(List.of(
                PAID.requested("2026-11-20T09:00:00Z", 19_900), paidApproval,
                PAID.processed("2026-11-20T11:00:01Z", 19_900),
                DENIED.requested("2026-11-20T10:00:00Z", 999), DENIED.denied("2026-11-20T10:00:01Z", "DIG-1"),
                REVIEWED.requested("2026-11-20T12:00:00Z", 5_000),
                REVIEWED.reviewRequired("2026-11-20T12:00:01Z", 5_000, "TPS-1"),
                PAID_IN_YEN.requested("2026-11-21T08:00:00Z", 1_500),
                PAID_IN_YEN.approved("2026-11-21T08:00:01Z", 1_500, "STD-1", "PROC-4"),
                PAID_IN_YEN.processed("2026-11-21T14:00:01Z", 1_500),
                FAILED.requested("2026-11-21T09:00:00Z", 4_500),
                FAILED.approved("2026-11-21T09:00:01Z", 4_500, "STD-1"),
                FAILED.failed("2026-11-21T09:30:00Z", 4_500),
                paidApproval));
        Map<String, Object> config = new java.util.HashMap<>(AvroSerdeSettings.producer(
                new RegistryProperties(INFRASTRUCTURE.registry().url(), true, null)));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRASTRUCTURE.kafka().bootstrapServers());
        try (var producer = new KafkaProducer<String, Object>(config)) {
            for (SpecificRecord event : events) {
                repeatedApproval = producer.send(new ProducerRecord<>(Topics.of(event), Topics.keyOf(event), event))
                        .get();
            }
        }
    }

    @Test
    void theSummaryCountsEachDayByOutcomeAndClause() throws Exception {
        String summary = node("summary.js", "analytics-contract-summary");

        assertThat(summary.lines()).containsExactly(
                "2026-11-20: requested 3, approved 1, denied 1, review_required 1, processed 1, failed 0;"
                        + " approved 199.00 EUR",
                "  DIG-1: approved 0, denied 1, review_required 0",
                "  STD-1: approved 1, denied 0, review_required 0",
                "  TPS-1: approved 0, denied 0, review_required 1",
                "2026-11-21: requested 2, approved 2, denied 0, review_required 0, processed 1, failed 1;"
                        + " approved 45.00 EUR + 1500 JPY",
                "  PROC-4: approved 1, denied 0, review_required 0",
                "  STD-1: approved 2, denied 0, review_required 0",
                "median time to payout: 4.0 h over 2 refunds");
    }

    @Test
    void theCsvExportHasOneRowPerEventOldestFirst() throws Exception {
        Path csv = Path.of("target", "refund-events.csv").toAbsolutePath();
        node("export-csv.js", "analytics-contract-export", csv.toString());

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("event_id,topic,status,refund_id,order_number,occurred_at,policy_version,"
                + "amount_minor,currency,resolution,clauses,decided_by");
        assertThat(rows).hasSize(1 + 13).doesNotHaveDuplicates();
        assertThat(rows.get(2)).isEqualTo(String.join(",", paidApproval.getEventId(), "refund.approved", "APPROVED",
                PAID.refundId, "NX-T1", "2026-11-20T09:00:01.000Z", "3", "19900", "EUR", "REFUND", "STD-1",
                "policy"));
        assertThat(rows.get(13)).startsWith(rows.get(13).split(",")[0] + ",refund.processed,PROCESSED,"
                + PAID_IN_YEN.refundId + ",NX-T4,2026-11-21T14:00:01.000Z,,1500,JPY,REFUND,,");
        assertThat(rows).filteredOn(row -> row.contains(",refund.approved,")).extracting(row -> row.split(",")[10])
                .containsExactly("STD-1", "STD-1;PROC-4", "STD-1");
    }

    /**
     * A replay reads from the beginning in a group of its own: a service's group, half-way through a topic (at
     * the repeated approval, the last record written), keeps its committed offsets.
     */
    @Test
    void aReplayLeavesTheServicesConsumerGroupsWhereTheyWere() throws Exception {
        TopicPartition approvals = new TopicPartition(Topics.REFUND_APPROVED, repeatedApproval.partition());
        OffsetAndMetadata halfWay = new OffsetAndMetadata(repeatedApproval.offset());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                INFRASTRUCTURE.kafka().bootstrapServers()))) {
            admin.alterConsumerGroupOffsets("payment-service", Map.of(approvals, halfWay)).all().get();

            node("summary.js", "analytics-contract-replay");

            var committed = admin.listConsumerGroupOffsets("payment-service").partitionsToOffsetAndMetadata().get();
            assertThat(committed).containsOnlyKeys(approvals);
            assertThat(committed.get(approvals).offset()).isEqualTo(halfWay.offset());
        }
    }

    /** Runs the example as analytics would, in a consumer group of its own; its standard output. */
    private static String node(String script, String group, String... arguments) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("node.executable", "node"), script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(EXAMPLE.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(Map.of("KAFKA_BROKERS", INFRASTRUCTURE.kafka().bootstrapServers(),
                "REGISTRY_URL", INFRASTRUCTURE.registry().url() + "/apis/ccompat/v7", "ANALYTICS_GROUP", group));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("node %s finished", script).isTrue();
        assertThat(process.exitValue()).as("node %s exit code; output:%n%s", script, output).isZero();
        return output;
    }
}
