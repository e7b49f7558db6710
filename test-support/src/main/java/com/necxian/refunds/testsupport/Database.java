package com.necxian.refunds.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server (zonky's embedded binaries) with one database per service. */
public final class Database implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Set<String> created = new HashSet<>();

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Tests and the local stack trade durability for speed (no fsync, asynchronous commit); a benchmark that
     * should count the cost of durable commits sets -Dnecxian.database.durable=true.
     */
    public static Database start(int port, Path dataDirectory, boolean keepData) {
        try {
            var builder = EmbeddedPostgres.builder().setPort(port).setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "300");
            boolean durable = Boolean.getBoolean("necxian.database.durable");
            String onWhenDurable = durable ? "on" : "off"; // zonky's own default is synchronous_commit=off
            builder.setServerConfig("fsync", onWhenDurable).setServerConfig("synchronous_commit", onWhenDurable)
                    .setServerConfig("full_page_writes", onWhenDurable);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory);
            }
            return new Database(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database unless it exists, and returns its JDBC URL (user and password: postgres). */
    public synchronized String jdbcUrl(String database) {
        if (created.add(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database \"" + database + "\"");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
