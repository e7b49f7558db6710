package com.necxian.refunds.policy.store;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.events.Topics;

/**
 * Events written in the same database transaction as the change that causes them (reviewer decisions, policy
 * versions), published afterwards by the relay. Payloads are Avro single-object bytes, sent unchanged on a retry.
 */
@Repository
public class Outbox {

    public record Pending(long id, String eventId, String topic, String key, SpecificRecord event) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that makes the change. */
    public void add(SpecificRecord event) {
        jdbc.sql("insert into outbox (event_id, refund_id, topic, record_key, payload) values (?, ?, ?, ?, ?)")
                .params(field(event, "eventId"), field(event, "refundId"), Topics.of(event), Topics.keyOf(event),
                        EventBytes.encode(event))
                .update();
    }

    /**
     * The oldest unsent events, locked until the transaction ends; empty when another relay holds the relay lock,
     * so one relay at a time publishes, in the order the rows were written.
     */
    public List<Pending> lockUnsent(int limit) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(80810)").query(Boolean.class).single();
        if (!mine) {
            return List.of();
        }
        return jdbc.sql("select id, event_id, topic, record_key, payload from outbox where sent_at is null "
                        + "order by id limit ? for update").param(limit)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        EventBytes.decode(rs.getString(3), rs.getBytes(5))))
                .list();
    }

    public void markSent(List<Long> ids) {
        jdbc.sql("update outbox set sent_at = now() where id = any(?)").param(ids.toArray(Long[]::new)).update();
    }


    public long countUnsent() {
        return jdbc.sql("select count(*) from outbox where sent_at is null").query(Long.class).single();
    }

    private static String field(SpecificRecord event, String name) {
        var field = event.getSchema().getField(name);
        Object value = field == null ? null : event.get(field.pos());
        return value == null ? null : value.toString();
    }
}
