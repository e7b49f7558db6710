package com.necxian.refunds.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with one database per service. The superuser
 * {@code postgres} is trusted on loopback (any password; for an operator and for setting up); every other role
 * must log in with its password (scram-sha-256). A service logs in as the role that owns its database
 * ({@link #ownedDatabase}), never as the superuser.
 */
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
            var postgres = builder.start();
            requirePasswordsOfAllButTheSuperuser(postgres);
            return new Database(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /**
     * zonky's initdb trusts every role; this rewrites pg_hba.conf (on every start, as the data folder may be kept)
     * so that only the superuser, which zonky itself connects as, is trusted, and only on loopback.
     */
    private static void requirePasswordsOfAllButTheSuperuser(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var hbaFile = statement.executeQuery("show hba_file");
            hbaFile.next();
            Files.writeString(Path.of(hbaFile.getString(1)), """
                    # Written by test-support's Database on every start: the superuser is trusted on loopback,
                    # every other role gives its password.
                    host  all  postgres  127.0.0.1/32  trust
                    host  all  postgres  ::1/128       trust
                    host  all  all       127.0.0.1/32  scram-sha-256
                    host  all  all       ::1/128       scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot configure PostgreSQL's client authentication", e);
        }
    }

    /** The password of {@code role} in the local stack and the tests: {@code local-<role>}. Local only. */
    public static String localPassword(String role) {
        return "local-" + role;
    }

    /**
     * Makes {@code role} a login role (no superuser, no CREATEDB, no CREATEROLE) with {@code password}, and the
     * owner of {@code database}, which no other role (but the superuser) may connect to; returns its JDBC URL.
     * Idempotent: an existing role gets the password again, an existing database and what it holds (tables,
     * views, sequences, e.g. from a data folder made before services had roles) are handed to the role.
     */
    public synchronized String ownedDatabase(String database, String role, String password) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var roleExists = connection.prepareStatement("select 1 from pg_roles where rolname = ?");
            roleExists.setString(1, role);
            statement.execute((roleExists.executeQuery().next() ? "alter" : "create") + " role " + identifier(role)
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
                    + literal(password));
            var databaseExists = connection.prepareStatement("select 1 from pg_database where datname = ?");
            databaseExists.setString(1, database);
            if (databaseExists.executeQuery().next()) {
                statement.execute("alter database " + identifier(database) + " owner to " + identifier(role));
            } else {
                statement.execute("create database " + identifier(database) + " owner " + identifier(role));
            }
            statement.execute("revoke all on database " + identifier(database) + " from public");
            created.add(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " owned by " + role, e);
        }
        handOverObjects(database, role);
        return url(database);
    }

    private void handOverObjects(String database, String role) {
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    declare
                      owner_name name := %s;
                      item record;
                    begin
                      for item in
                        select c.oid::regclass as name, c.relkind as kind
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%%'
                          and c.relkind in ('r', 'p', 'v', 'S') and c.relowner <> owner_name::regrole::oid
                          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                          and d.objid = c.oid and d.deptype in ('a', 'i'))
                      loop
                        execute format('alter %%s %%s owner to %%I',
                            case item.kind when 'v' then 'view' when 'S' then 'sequence' else 'table' end,
                            item.name, owner_name);
                      end loop;
                    end
                    $$""".formatted(literal(role)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hand database " + database + " over to " + role, e);
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Creates the database unless it exists, and returns its JDBC URL; it belongs to the superuser (user and
     * password: postgres). A service's database is made with {@link #ownedDatabase} instead.
     */
    public synchronized String jdbcUrl(String database) {
        if (created.add(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database " + identifier(database));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
        return url(database);
    }

    private String url(String database) {
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
