package com.necxian.refunds.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real KRaft broker in this JVM set up by docker-compose.yml's own files: docker/kafka/server.properties (SASL,
 * SCRAM-SHA-512 for clients, PLAIN on the controller listener, the standard authorizer, super user admin, no ACL
 * means denied) with only its addresses, ports and log folder changed; formatted as start.sh formats it (with the
 * admin's SCRAM credential); then provisioned as init.sh provisions it (users, topics, ACLs), through the Admin API
 * instead of the command-line tools.
 */
final class SecuredBroker implements AutoCloseable {

    static final Path DIRECTORY = ComposeFileTest.ROOT.resolve("docker/kafka");
    static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "local-admin-password";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private SecuredBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static SecuredBroker start(Path workDirectory) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(DIRECTORY.resolve("server.properties"))
                    .replace("@KAFKA_ADMIN_PASSWORD@", ADMIN_PASSWORD)));
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String listener : properties.getProperty("listeners").split(",")) {
                ports.put(listener.substring(0, listener.indexOf("://")), freePort());
            }
            properties.put("listeners", addresses(properties.getProperty("listeners"), ports));
            String advertised = addresses(properties.getProperty("advertised.listeners"), ports);
            properties.put("advertised.listeners", advertised);
            properties.put("controller.quorum.voters", properties.getProperty("node.id") + "@127.0.0.1:"
                    + ports.get(properties.getProperty("controller.listener.names")));
            Path logDirectory = workDirectory.resolve("log");
            properties.put("log.dirs", logDirectory.toString());

            Files.createDirectories(workDirectory);
            Path config = workDirectory.resolve("server.properties");
            try (var out = Files.newOutputStream(config)) {
                properties.store(out, "docker/kafka/server.properties, addresses and log folder of this test");
            }
            int exit = StorageTool.execute(new String[] {"format", "--ignore-formatted", "--cluster-id",
                    Uuid.randomUuid().toString(), "--config", config.toString(), "--add-scram",
                    "SCRAM-SHA-512=[name=" + ADMIN + ",password=" + ADMIN_PASSWORD + "]"},
                    new PrintStream(PrintStream.nullOutputStream()));
            if (exit != 0) {
                throw new IllegalStateException("formatting the secured broker's log folder failed: " + exit);
            }
            var server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
            server.startup();
            return new SecuredBroker(server, advertised.substring(advertised.indexOf("://") + 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String addresses(String listeners, Map<String, Integer> ports) {
        return Arrays.stream(listeners.split(",")).map(l -> l.substring(0, l.indexOf("://")))
                .map(name -> name + "://127.0.0.1:" + ports.get(name)).collect(Collectors.joining(","));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Client settings of a SCRAM-SHA-512 user, as docker-compose.yml gives them to a service. */
    Map<String, Object> client(String user, String password) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"" + user + "\" password=\"" + password + "\";");
        return config;
    }

    Map<String, Object> admin() {
        return client(ADMIN, ADMIN_PASSWORD);
    }

    /** What kafka-init does: SCRAM users (kafka-configs), topics (kafka-topics), ACLs (kafka-acls). */
    void provision(Map<String, String> users, List<String> topics, List<AclBinding> acls) {
        try (Admin admin = Admin.create(admin())) {
            admin.alterUserScramCredentials(users.entrySet().stream()
                    .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(user.getKey(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), user.getValue()))
                    .toList()).all().get();
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, Optional.empty(), Optional.empty()))
                    .toList()).all().get();
            admin.createAcls(acls).all().get();
            // The broker applies them from the metadata log: wait until it serves all of them.
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    admin.describeAcls(AclBindingFilter.ANY).values().get().size() == acls.size()
                    && admin.describeUserScramCredentials().all().get().keySet().containsAll(users.keySet()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("provisioning the secured broker failed", e.getCause());
        }
    }

    /** Every committed record of a topic, read as the super user. */
    List<ConsumerRecord<String, String>> read(String topic) {
        Map<String, Object> config = admin();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "admin-read-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
