package com.necxian.refunds.payment.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.messaging.outbox.OutboxTable;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * V2 takes outbox rows written by the previous version (plain Avro binary, no event_id column) to the shared shape:
 * event_id read from the payload, payload in single-object encoding that decodes to the same event. Runs Flyway on
 * a database of its own, no Spring context.
 */
class OutboxMigrationTest {

    private final String url = Infrastructure.shared().database().jdbcUrl("payment_outbox_migration");
    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));

    @Test
    void unsentRowsOfThePreviousVersionKeepTheirEventAndGetItsId() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", "postgres").cleanDisabled(false).load();
        flyway.clean();
        Flyway.configure().dataSource(url, "postgres", "postgres").target("1").load().migrate();
        Customer customer = Customer.newBuilder().setId("C-1").setEmail("ana@example.com").setName("Ana").build();
        RefundProcessed processed = RefundProcessed.newBuilder().setEventId(UUID.randomUUID().toString())
                .setRefundId("r-1").setOrderNumber("NX-1").setOccurredAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setCorrelationId("c").setCustomer(customer).setAmountMinor(19_900).setCurrency("EUR")
                .setResolution(Resolution.REFUND).setProviderReference("sim_re_1").build();
        RefundFailed failed = RefundFailed.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId("r-2")
                .setOrderNumber("NX-2").setOccurredAt(Instant.parse("2026-01-01T00:00:00Z")).setCorrelationId("c")
                .setCustomer(customer).setAmountMinor(500).setCurrency("EUR").setResolution(Resolution.REFUND)
                .setReason("expired_or_canceled_card").setPermanent(true).build();
        legacyRow("refund.processed", processed);
        legacyRow("refund.failed", failed);

        flyway.migrate();

        OutboxTable.check(jdbc);
        assertThat(RefundProcessed.fromByteBuffer(ByteBuffer.wrap(payloadOf(processed.getEventId()))))
                .isEqualTo(processed);
        assertThat(RefundFailed.fromByteBuffer(ByteBuffer.wrap(payloadOf(failed.getEventId())))).isEqualTo(failed);
        assertThat(jdbc.sql("select count(*) from outbox where sent_at is null").query(Long.class).single())
                .isEqualTo(2);
    }

    /** As payment's own outbox wrote rows before V2. */
    private void legacyRow(String topic, SpecificRecord event) throws Exception {
        var out = new ByteArrayOutputStream();
        var encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
        encoder.flush();
        jdbc.sql("insert into outbox (topic, record_key, event_type, payload) values (?, ?, ?, ?)")
                .params(topic, event.get(event.getSchema().getField("orderNumber").pos()).toString(),
                        event.getSchema().getFullName(), out.toByteArray())
                .update();
    }

    private byte[] payloadOf(String eventId) {
        return jdbc.sql("select payload from outbox where event_id = ?").param(eventId).query(byte[].class).single();
    }
}
