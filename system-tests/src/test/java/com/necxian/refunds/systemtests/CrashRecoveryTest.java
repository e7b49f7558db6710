package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.FreePort;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.ServiceProcess;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * kill -9 of payment-service while approvals keep coming (50/s), restarted at once with the same instance id:
 * the restarted instance, a JVM of its own, takes its partitions back and consumes again within 10 s of answering
 * healthy (was ~45 s: Kafka's default session timeout, until the broker gave up on the dead member). Runs in a
 * consumer group and database of its own, so the shared system's payment-service is not disturbed.
 */
class CrashRecoveryTest {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Infrastructure infrastructure = Infrastructure.shared();
    private final String group = "payment-crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
    private ServiceProcess payment;

    @AfterEach
    void stop() {
        load.shutdownNow();
        if (payment != null) {
            payment.close();
        }
    }

    @Test
    void aKilledInstanceRestartedWithItsInstanceIdConsumesAgainWithinTenSeconds() throws Exception {
        int port = FreePort.find();
        Path logs = Path.of("target", "service-logs", "crash-recovery");
        try (var producer = approvals(); var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafka().bootstrapServers()))) {
            load.scheduleAtFixedRate(() -> producer.send(new ProducerRecord<>(Topics.REFUND_APPROVED,
                    "NX-" + UUID.randomUUID(), approval())), 0, 20, TimeUnit.MILLISECONDS);
            payment = ServiceProcess.start("payment-service", port, properties(), logs.resolve("first"))
                    .awaitHealthy(STARTUP);
            long consumedBefore = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> consumed(admin), total -> total > 0);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> consumed(admin) > consumedBefore);

            ProcessHandle.of(payment.pid()).orElseThrow().destroyForcibly();
            Instant killed = Instant.now();
            ProcessHandle.of(payment.pid()).ifPresent(p -> p.onExit().join());
            long consumedAtKill = consumed(admin);

            Instant restarted = Instant.now();
            payment = ServiceProcess.start("payment-service", port, properties(), logs.resolve("restarted"))
                    .awaitHealthy(STARTUP);
            Instant healthy = Instant.now();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> consumed(admin) > consumedAtKill);
            Instant consuming = Instant.now();

            Duration fromHealthy = Duration.between(healthy, consuming);
            System.out.printf("crash recovery: killed -> consuming %d ms; process start -> consuming %d ms; "
                    + "healthy -> consuming %d ms%n", Duration.between(killed, consuming).toMillis(),
                    Duration.between(restarted, consuming).toMillis(), fromHealthy.toMillis());
            assertThat(fromHealthy).isLessThanOrEqualTo(Duration.ofSeconds(10));
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("payment_crash"));
        properties.put("spring.profiles.active", "local");
        properties.put("spring.kafka.consumer.group-id", group);
        properties.put("spring.kafka.consumer.auto-offset-reset", "latest");
        properties.put("necxian.messaging.membership.instance-id", group + "-a");
        return properties;
    }

    /** What the group has committed on refund.approved, over all partitions: grows while it consumes. */
    private long consumed(Admin admin) throws Exception {
        Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
    }

    private KafkaProducer<String, Object> approvals() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers());
        config.put("apicurio.registry.url", infrastructure.registry().url() + "/apis/registry/v2");
        config.put("apicurio.registry.as-confluent", true);
        config.put("apicurio.registry.use-id", "contentId");
        config.put("apicurio.registry.headers.enabled", false);
        config.put("apicurio.registry.auto-register", true);
        var values = new AvroKafkaSerializer<Object>();
        values.configure(config, false);
        return new KafkaProducer<>(config, new StringSerializer(), values);
    }

    private static RefundApproved approval() {
        Instant now = Instant.now();
        return RefundApproved.newBuilder().setEventId(UUID.randomUUID().toString())
                .setRefundId(UUID.randomUUID().toString()).setOrderNumber("NX-" + UUID.randomUUID())
                .setOccurredAt(now).setCorrelationId("crash-recovery")
                .setCustomer(new Customer("C-1", "ana@example.com", "Ana Ruiz")).setPolicyVersion(1)
                .setAmountMinor(1_000).setCurrency("EUR").setOrderPaidMinor(1_000).setResolution(Resolution.EXCHANGE)
                .setPayment(new Payment(PaymentMethod.CARD, "pay_crash")).setProcessBy(now.plus(Duration.ofDays(7)))
                .setLines(List.of()).setClauses(List.of("STD-1")).setDecidedBy("policy").build();
    }
}
