package com.necxian.refunds.messaging.outbox;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one shape of the {@code outbox} table, documented as SQL in {@value #DDL} (a service copies it into a Flyway
 * migration of its own). {@link #check} compares a database's table with it, column by column, so a service whose
 * migration drifted from it does not start.
 */
public final class OutboxTable {

    /** Classpath resource with the table's DDL. */
    public static final String DDL = "db/outbox/outbox-table.sql";

    /** Column → "type, nullability" as information_schema reports them. */
    static final Map<String, String> COLUMNS = new TreeMap<>(Map.of(
            "id", "bigint not null",
            "event_id", "text not null",
            "topic", "text not null",
            "record_key", "text not null",
            "event_type", "text not null",
            "payload", "bytea not null",
            "created_at", "timestamp with time zone not null",
            "sent_at", "timestamp with time zone null",
            "trace_parent", "text null"));

    private OutboxTable() {
    }

    /** Throws when the current schema's {@code outbox} table has other columns than the shared shape. */
    public static void check(JdbcClient jdbc) {
        Map<String, String> actual = new TreeMap<>();
        jdbc.sql("""
                select column_name, data_type, is_nullable from information_schema.columns
                where table_schema = current_schema() and table_name = 'outbox'""")
                .query(rs -> {
                    actual.put(rs.getString(1), rs.getString(2) + ("YES".equals(rs.getString(3)) ? " null" : " not null"));
                });
        if (!actual.equals(COLUMNS)) {
            throw new IllegalStateException("The outbox table does not have the shape every service shares ("
                    + DDL + " in messaging-support): expected " + COLUMNS + ", found "
                    + (actual.isEmpty() ? "no outbox table" : actual));
        }
    }
}
