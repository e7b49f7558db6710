package com.necxian.refunds.payment.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Topics;

/**
 * The transactional outbox: an event is written in the same transaction as the ledger change that causes it, and
 * the relay publishes it afterwards. Payloads are plain Avro binary of the event's own schema.
 */
@Repository
public class Outbox {

    public record Pending(long id, String topic, String key, SpecificRecord event) {
    }

    private static final Map<String, Schema> SCHEMAS = Map.of(
            RefundProcessed.getClassSchema().getFullName(), RefundProcessed.getClassSchema(),
            RefundFailed.getClassSchema().getFullName(), RefundFailed.getClassSchema());

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(SpecificRecord event) {
        jdbc.sql("insert into outbox (topic, record_key, event_type, payload) values (?, ?, ?, ?)")
                .params(Topics.of(event), Topics.keyOf(event), event.getSchema().getFullName(), encode(event))
                .update();
    }

    /** The oldest unsent events, locked so that a second relay skips them. Call inside a transaction. */
    public List<Pending> lockUnsent(int limit) {
        return jdbc.sql("select id, topic, record_key, event_type, payload from outbox where sent_at is null "
                        + "order by id limit ? for update skip locked").param(limit)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
                        decode(rs.getString(4), rs.getBytes(5))))
                .list();
    }

    public void markSent(List<Long> ids) {
        jdbc.sql("update outbox set sent_at = now() where id = any(?)").param(ids.toArray(Long[]::new)).update();
    }


    private static byte[] encode(SpecificRecord event) {
        try {
            var out = new ByteArrayOutputStream(512);
            var encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SpecificRecord decode(String type, byte[] payload) {
        Schema schema = SCHEMAS.get(type);
        if (schema == null) {
            throw new IllegalStateException("outbox holds an unknown event type " + type);
        }
        try {
            return new SpecificDatumReader<SpecificRecord>(schema)
                    .read(null, DecoderFactory.get().binaryDecoder(payload, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
