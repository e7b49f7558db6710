package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.Topics;

/**
 * The bus as docker-compose.yml runs it, on a real broker in this JVM ({@link SecuredBroker}: the compose broker's
 * server.properties, SASL/SCRAM-SHA-512, the standard authorizer) with the ACLs of docker/kafka/acls.txt, the same
 * file kafka-init applies: a forged approval is refused and never written, analytics reads but writes nothing, and
 * every principal may write, read, join and transact exactly as the architecture says, no more.
 */
class BusAclsTest {

    static final String POLICY = "policy";
    static final String PAYMENT = "payment";
    static final String INTAKE = "intake";
    static final String NOTIFICATION = "notification";
    static final String ANALYTICS = "analytics";
    static final List<String> USERS = List.of(INTAKE, POLICY, PAYMENT, NOTIFICATION, ANALYTICS);

    /** What each principal publishes (docs/architecture.md); nobody else may. */
    static final Map<String, List<String>> PUBLISHES = Map.of(
            INTAKE, List.of(Topics.REFUND_REQUESTED),
            POLICY, List.of(Topics.REFUND_APPROVED, Topics.REFUND_DENIED, Topics.REFUND_REVIEW_REQUIRED,
                    Topics.REFUND_POLICY_CHANGED),
            PAYMENT, List.of(Topics.REFUND_PROCESSED, Topics.REFUND_FAILED),
            NOTIFICATION, List.of(),
            ANALYTICS, List.of());

    /** What each principal consumes (the services' listeners); a service also dead-letters what it consumes. */
    static final Map<String, List<String>> CONSUMES = Map.of(
            INTAKE, Topics.REFUND_TOPICS,
            POLICY, List.of(Topics.REFUND_REQUESTED),
            PAYMENT, List.of(Topics.REFUND_APPROVED),
            NOTIFICATION, Topics.ALL,
            ANALYTICS, Topics.ALL);

    static SecuredBroker bus;
    static Map<String, String> passwords = new LinkedHashMap<>();
    static List<String> topics;

    @BeforeAll
    static void startTheBus() throws IOException {
        USERS.forEach(user -> passwords.put(user, "local-" + user + "-password"));
        topics = Files.readAllLines(SecuredBroker.DIRECTORY.resolve("topics.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).toList();
        bus = SecuredBroker.start(Path.of("target", "secured-kafka-" + UUID.randomUUID()));
        bus.provision(passwords, topics, BusAcl.all().stream().flatMap(acl -> acl.bindings().stream()).toList());
        // one record in every topic, so that a reader that may read finds one at once
        try (var producer = producer(bus.admin())) {
            for (String topic : topics) {
                producer.send(new ProducerRecord<>(topic, "seed", "seed"));
            }
            producer.flush();
        }
    }

    @AfterAll
    static void stopTheBus() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void policyPublishesADecisionWithItsIdempotentProducer() throws Exception {
        String key = "NX-" + UUID.randomUUID();
        try (var producer = producer(POLICY, Map.of())) {
            producer.send(new ProducerRecord<>(Topics.REFUND_APPROVED, key, "approved")).get();
        }

        assertThat(keys(Topics.REFUND_APPROVED)).contains(key);
    }

    @Test
    void aForgedApprovalFromAnyOtherPrincipalIsRefusedAndNeverWritten() throws Exception {
        String run = UUID.randomUUID().toString();
        for (String forger : List.of(PAYMENT, INTAKE, NOTIFICATION, ANALYTICS)) {
            // as an idempotent producer (the default): analytics, which may write nowhere, gets no producer id
            try (var producer = producer(forger)) {
                Throwable refused = catchThrowable(() -> producer.send(new ProducerRecord<>(Topics.REFUND_APPROVED,
                        "forged-" + forger + "-" + run, "approved")).get());
                assertThat(causes(refused)).as(forger).hasAtLeastOneElementOfType(forger.equals(ANALYTICS)
                        ? ClusterAuthorizationException.class : TopicAuthorizationException.class);
            }
            // and without idempotence the produce request itself is refused
            try (var producer = producer(forger, Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false))) {
                var sent = producer.send(new ProducerRecord<>(Topics.REFUND_APPROVED,
                        "forged-plainly-" + forger + "-" + run, "approved"));
                assertThatThrownBy(sent::get).as(forger).isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
        // nor in a transaction under policy's transactional ids
        try (var producer = transactionalProducer(PAYMENT, "policy-" + run)) {
            assertThatThrownBy(producer::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
        String genuine = "genuine-" + run;
        try (var producer = producer(POLICY)) {
            producer.send(new ProducerRecord<>(Topics.REFUND_APPROVED, genuine, "approved")).get();
        }

        // read as the super user once the genuine approval (sent after the forgeries) is there
        Set<String> written = await().atMost(Duration.ofSeconds(30)).until(() -> keys(Topics.REFUND_APPROVED),
                keys -> keys.contains(genuine));
        assertThat(written).noneMatch(key -> key.startsWith("forged-") && key.endsWith(run));
    }

    @Test
    void analyticsReadsEveryEventTopicInItsOwnGroupsButWritesNothing() throws Exception {
        String group = "analytics-" + UUID.randomUUID();
        try (var consumer = consumer(ANALYTICS, group)) {
            consumer.subscribe(Topics.ALL);
            Set<String> seen = new TreeSet<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.topic()));
                return seen.containsAll(Topics.ALL);
            });
            consumer.commitSync();
        }
        for (String topic : topics) {
            try (var producer = producer(ANALYTICS)) {
                Throwable refused = catchThrowable(() -> producer.send(new ProducerRecord<>(topic, "a", "b")).get());
                assertThat(refused).as(topic).isNotNull();
                // analytics may write nowhere, so its idempotent producer gets no producer id: the send fails with
                // the authorization error itself, or with the error state it left the producer in (caused by it)
                assertThat(causes(refused)).as(topic).hasAtLeastOneElementOfType(AuthorizationException.class);
            }
        }
        try (var consumer = consumer(ANALYTICS, group(PAYMENT))) {
            TopicPartition approved = new TopicPartition(Topics.REFUND_APPROVED, 0);
            consumer.assign(List.of(approved));
            assertThatThrownBy(() -> consumer.commitSync(Map.of(approved, new OffsetAndMetadata(0))))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    /** Every principal against every topic and dead-letter topic: may it write there? */
    @Test
    void eachPrincipalWritesOnlyWhatItPublishesAndTheDeadLettersOfWhatItConsumes() {
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (String user : USERS) {
            expected.put(user, new TreeSet<>());
            actual.put(user, new TreeSet<>());
            try (var producer = producer(user, Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false))) {
                for (String topic : topics) {
                    if (PUBLISHES.get(user).contains(topic) || !user.equals(ANALYTICS) && CONSUMES.get(user).stream()
                            .map(Topics::deadLetter).anyMatch(topic::equals)) {
                        expected.get(user).add(topic);
                    }
                    Throwable refused = catchThrowable(() -> producer.send(new ProducerRecord<>(topic, "w", "w"))
                            .get());
                    if (refused == null) {
                        actual.get(user).add(topic);
                    } else {
                        assertThat(refused.getCause()).as(user + " -> " + topic)
                                .isInstanceOf(TopicAuthorizationException.class);
                    }
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** Every principal against every topic, in its own consumer group: may it read there? Dead letters: nobody. */
    @Test
    void eachPrincipalReadsOnlyWhatItConsumes() {
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (String user : USERS) {
            expected.put(user, new TreeSet<>(CONSUMES.get(user)));
            actual.put(user, new TreeSet<>());
            for (String topic : topics) {
                if (reads(user, topic)) {
                    actual.get(user).add(topic);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** A service commits offsets in its own consumer group (application.properties) and in no other's. */
    @Test
    void eachServiceUsesOnlyItsOwnConsumerGroup() {
        for (String user : List.of(INTAKE, POLICY, PAYMENT, NOTIFICATION)) {
            TopicPartition consumed = new TopicPartition(CONSUMES.get(user).get(0), 0);
            for (String owner : List.of(INTAKE, POLICY, PAYMENT, NOTIFICATION)) {
                try (var consumer = consumer(user, group(owner))) {
                    consumer.assign(List.of(consumed));
                    Throwable refused = catchThrowable(() -> consumer.commitSync(Map.of(consumed,
                            new OffsetAndMetadata(0))));
                    if (owner.equals(user)) {
                        assertThat(refused).as(user + " in " + group(owner)).isNull();
                    } else {
                        assertThat(refused).as(user + " in " + group(owner))
                                .isInstanceOf(GroupAuthorizationException.class);
                    }
                }
            }
        }
    }

    @Test
    void nobodyMayUseTransactionalIds() {
        for (String user : USERS) {
            try (var producer = transactionalProducer(user, "policy-" + UUID.randomUUID())) {
                assertThatThrownBy(producer::initTransactions).as(user)
                        .isInstanceOf(TransactionalIdAuthorizationException.class);
            }
        }
    }

    private static boolean reads(String user, String topic) {
        try (var consumer = consumer(user, group(user))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                    return true;
                }
            }
            throw new IllegalStateException(user + " got neither a record nor a refusal from " + topic);
        } catch (TopicAuthorizationException refused) {
            return false;
        }
    }

    /** The service's consumer group (spring.kafka.consumer.group-id); analytics: one of its own prefix. */
    private static String group(String user) {
        if (user.equals(ANALYTICS)) {
            return "analytics-" + UUID.randomUUID();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ComposeFileTest.ROOT.resolve(user + "-service")
                .resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty("spring.kafka.consumer.group-id");
    }

    private static Set<String> keys(String topic) {
        return new TreeSet<>(bus.read(topic).stream().map(ConsumerRecord::key).toList());
    }

    private static KafkaProducer<String, String> producer(String user) {
        return producer(user, Map.of());
    }

    private static KafkaProducer<String, String> producer(String user, Map<String, Object> extra) {
        return producer(with(bus.client(user, passwords.get(user)), extra));
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> config) {
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaProducer<String, String> transactionalProducer(String user, String transactionalId) {
        return producer(user, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId));
    }

    private static KafkaConsumer<String, String> consumer(String user, String group) {
        return new KafkaConsumer<>(with(bus.client(user, passwords.get(user)), Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, Object> with(Map<String, Object> config, Map<String, Object> extra) {
        config.putAll(extra);
        return config;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
