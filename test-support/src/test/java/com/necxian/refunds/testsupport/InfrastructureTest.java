package com.necxian.refunds.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
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
