package com.necxian.refunds.policy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.messaging.outbox.OutboxTable;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * V3 takes a database of the previous version to the shared outbox shape without losing an unsent event, and moves
 * the events that may not have left with the per-record Kafka transactions (each partition's last decision) into
 * the outbox. Runs Flyway on a database of its own, no Spring context.
 */
class OutboxMigrationTest {

    private final String url = Infrastructure.shared().database().jdbcUrl("policy_outbox_migration");
    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));

    @Test
    void theOutboxTakesTheSharedShapeAndEachPartitionsLastAutomaticDecisionEventIsQueued() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", "postgres").cleanDisabled(false).load();
        flyway.clean();
        Flyway.configure().dataSource(url, "postgres", "postgres").target("2").load().migrate();
        jdbc.sql("insert into policy_version values (1, '{}', false, 'v1', 'system', now())").update();
        RefundPolicyChanged unsent = RefundPolicyChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.parse("2026-01-01T00:00:00Z")).setCorrelationId("c").setPolicyVersion(2)
                .setSignificant(true).setSummary("unsent before the upgrade")
                .setEffectiveAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        jdbc.sql("insert into outbox (event_id, refund_id, topic, record_key, payload) values (?, null, ?, 'policy', ?)")
                .params(unsent.getEventId(), "refund-policy.changed", bytes(unsent.toByteBuffer())).update();
        decision("p0-earlier", 0, 5, "refund.approved");
        decision("p0-last", 0, 9, "refund.denied");
        decision("p1-last", 1, 3, "refund.review-required");

        flyway.migrate();

        OutboxTable.check(jdbc);
        assertThat(jdbc.sql("select event_type from outbox where event_id = ?").param(unsent.getEventId())
                .query(String.class).single()).isEqualTo(RefundPolicyChanged.class.getName());
        byte[] payload = jdbc.sql("select payload from outbox where event_id = ?").param(unsent.getEventId())
                .query(byte[].class).single();
        assertThat(RefundPolicyChanged.fromByteBuffer(ByteBuffer.wrap(payload))).isEqualTo(unsent);
        List<String> queued = jdbc.sql("select event_id || ' ' || topic || ' ' || record_key || ' ' || event_type "
                + "from outbox where sent_at is null and event_id like 'event-%' order by id").query(String.class).list();
        assertThat(queued).containsExactlyInAnyOrder(
                "event-p0-last refund.denied NX-p0-last com.necxian.refunds.events.RefundDenied",
                "event-p1-last refund.review-required NX-p1-last com.necxian.refunds.events.RefundReviewRequired");
        assertThat(jdbc.sql("select to_regclass('decision_event') is null").query(Boolean.class).single()).isTrue();
    }

    private void decision(String refundId, int partition, long offset, String topic) {
        jdbc.sql("""
                insert into decision (refund_id, request_event_id, source_partition, source_offset, order_number,
                  outcome, policy_version, approved_minor, currency, decision, request, decided_at)
                values (?, 'request', ?, ?, ?, 'X', 1, 0, 'EUR', '{}', '\\x00'::bytea, now())""")
                .params(refundId, partition, offset, "NX-" + refundId).update();
        jdbc.sql("insert into decision_event (event_id, refund_id, topic, payload) values (?, ?, ?, '\\x01'::bytea)")
                .params("event-" + refundId, refundId, topic).update();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
