package com.necxian.refunds.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** Each piece of the shared infrastructure really works; start-up times go to target/infrastructure-startup.txt. */
class InfrastructureTest {

    final Infrastructure infrastructure = Infrastructure.shared();

    @Test
    void kafkaStoresAndReturnsRecords() throws Exception {
        String topic = "infrastructure-test-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers",
                infrastructure.kafka().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
        }
        assertThat(TopicContents.withKey(infrastructure.kafka().bootstrapServers(), topic, "k")).hasSize(1);
    }

    @Test
    void theRegistryAnswersBothItsOwnAndTheConfluentApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/apis/registry/v2/system/info", "/apis/ccompat/v7/subjects"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(infrastructure.registry().url() + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void postgresqlServesADatabasePerName() throws Exception {
        String url = infrastructure.database().jdbcUrl("infrastructure_test");
        Properties credentials = new Properties();
        credentials.put("user", "postgres");
        credentials.put("password", "postgres");
        try (var connection = DriverManager.getConnection(url, credentials);
             var result = connection.createStatement().executeQuery("select current_database(), version()")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("infrastructure_test");
            assertThat(result.getString(2)).startsWith("PostgreSQL");
        }
    }

    /** What a service gets: its own role, owner of its database and of nothing else, no superuser. */
    @Test
    void aServiceLogsInAsTheRoleThatOwnsItsDatabaseNotAsTheSuperuser() throws Exception {
        Map<String, Object> service = infrastructure.springProperties("roles_service");
        String user = (String) service.get("spring.datasource.username");
        assertThat(user).isNotEqualTo("postgres");
        try (var connection = DriverManager.getConnection((String) service.get("spring.datasource.url"), user,
                (String) service.get("spring.datasource.password"))) {
            assertThat(query(connection, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .isEqualTo("false");
            assertThat(query(connection, "select pg_get_userbyid(datdba) from pg_database"
                    + " where datname = current_database()")).isEqualTo(user);
        }
    }

    @Test
    void aServiceRoleMayCreateTablesInItsOwnDatabaseButCannotConnectToAnother() throws Exception {
        var database = infrastructure.database();
        String intake = database.ownedDatabase("roles_intake", "roles_intake", "intake-secret");
        String policy = database.ownedDatabase("roles_policy", "roles_policy", "policy-secret");

        try (var connection = DriverManager.getConnection(intake, "roles_intake", "intake-secret")) {
            var statement = connection.createStatement();
            statement.execute("create table if not exists migrated (id bigint generated always as identity)");
            statement.execute("insert into migrated default values");
            assertThat(query(connection, "select rolsuper or rolcreatedb or rolcreaterole or rolbypassrls"
                    + " from pg_roles where rolname = current_user")).isEqualTo("f");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(policy, "roles_intake", "intake-secret").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
        assertThatThrownBy(() -> DriverManager.getConnection(intake, "roles_intake", "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(intake, "roles_policy", "policy-secret").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    /** Idempotent, and a database made before services had roles (the local stack keeps data) is handed over. */
    @Test
    void anExistingDatabaseAndItsTablesAreHandedToTheRole() throws Exception {
        var database = infrastructure.database();
        String url = database.jdbcUrl("roles_legacy");
        try (var connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            connection.createStatement().execute(
                    "create table if not exists legacy (id bigserial primary key, note text)");
            connection.createStatement().execute("create or replace view legacy_notes as select note from legacy");
        }

        database.ownedDatabase("roles_legacy", "roles_legacy", "first");
        database.ownedDatabase("roles_legacy", "roles_legacy", "second");

        try (var connection = DriverManager.getConnection(url, "roles_legacy", "second")) {
            var statement = connection.createStatement();
            statement.execute("insert into legacy (note) values ('kept')");
            statement.execute("alter table legacy add column if not exists added text");
            assertThat(query(connection, "select count(*) from legacy_notes")).isNotEqualTo("0");
            assertThat(query(connection, "select string_agg(distinct pg_get_userbyid(relowner), ',') from pg_class"
                    + " where relname in ('legacy', 'legacy_notes', 'legacy_id_seq')")).isEqualTo("roles_legacy");
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void smtpAcceptsAndKeepsMail() throws Exception {
        String to = UUID.randomUUID() + "@example.com";
        GreenMailUtil.sendTextEmail(to, "from@example.com", "hello", "body",
                new ServerSetup(infrastructure.mail().port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

        assertThat(infrastructure.mail().receivedBy(to)).extracting(m -> m.getSubject()).containsExactly("hello");
    }

    @Test
    void startupTimesAreRecorded() throws Exception {
        assertThat(infrastructure.startupTimes()).containsKeys("Kafka", "Apicurio Registry", "PostgreSQL", "SMTP");
        String report = infrastructure.startupTimes().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().toMillis() + " ms").collect(Collectors.joining("\n"));
        Files.writeString(Path.of("target", "infrastructure-startup.txt"), report + "\n");
    }
}
