package com.necxian.refunds.messaging.outbox;

import java.util.Collection;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.tracing.TraceParents;

/**
 * The transactional outbox of a service (table {@code outbox}, shape in {@code db/outbox/outbox-table.sql}): a use
 * case writes its state change and the events it causes in one database transaction, so both commit or neither
 * does, and nothing talks to Kafka inside it. {@link OutboxRelay} publishes the rows afterwards; the commit wakes it.
 *
 * <p>Rows of one record key get their ids in commit order: {@link #add} takes a transaction-scoped advisory lock on
 * the key first, so a second transaction writing the same key waits until the first has committed. The relay, which
 * publishes in id order, therefore never sends an order's later event before its earlier one.
 */
public class Outbox {

    /** Second half of the per-key advisory lock ({@code pg_advisory_xact_lock(KEY_LOCK, hashtext(key))}). */
    static final int KEY_LOCK = 0x0b0c;

    private final JdbcClient jdbc;
    private final TransactionSynchronization wakeOnCommit;

    /**
     * @param jdbc   on the same DataSource as the callers' transactions
     * @param onCommit run after a transaction that added rows has committed (wakes the relay)
     */
    public Outbox(JdbcClient jdbc, Runnable onCommit) {
        this.jdbc = jdbc;
        this.wakeOnCommit = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                onCommit.run();
            }
        };
    }

    /**
     * Writes the event for publication on its topic ({@link Topics#of}) with its record key ({@link Topics#keyOf}).
     * Must run inside the transaction that makes the change it reports: it throws otherwise. A rollback takes the
     * row with it; a commit wakes the relay. The row keeps the current trace context, which the relay sends on.
     */
    public void add(SpecificRecord event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Outbox.add must run inside the database transaction that makes the "
                    + "change the event reports; there is none on this thread");
        }
        String key = Topics.keyOf(event);
        jdbc.sql("""
                with key_lock as (select pg_advisory_xact_lock(?, hashtext(?)))
                insert into outbox (event_id, topic, record_key, event_type, payload, trace_parent)
                select ?, ?, ?, ?, ?, ? from key_lock""")
                .params(KEY_LOCK, key, eventId(event), Topics.of(event), key, EventPayloads.typeOf(event),
                        EventPayloads.encode(event), TraceParents.current())
                .update();
        // One instance per Outbox: the transaction's set of synchronizations holds it once however many rows.
        TransactionSynchronizationManager.registerSynchronization(wakeOnCommit);
    }

    /** {@link #add} for each, in order. */
    public void addAll(Collection<? extends SpecificRecord> events) {
        events.forEach(this::add);
    }

    /** Rows not yet acknowledged by the broker. */
    public long countUnsent() {
        return jdbc.sql("select count(*) from outbox where sent_at is null").query(Long.class).single();
    }

    /** Seconds since the oldest unsent row was written (the database's clock); 0 when every row is sent. */
    public double oldestUnsentSeconds() {
        return jdbc.sql("select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox "
                + "where sent_at is null").query(Double.class).single();
    }

    static String eventId(SpecificRecord event) {
        var field = event.getSchema().getField("eventId");
        Object value = field == null ? null : event.get(field.pos());
        if (value == null) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " has no eventId");
        }
        return value.toString();
    }
}
