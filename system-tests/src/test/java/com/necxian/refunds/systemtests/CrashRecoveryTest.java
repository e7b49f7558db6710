package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.mail.internet.MimeMessage;

/**
 * kill -9 of each service in turn while refunds keep coming through intake (4/s, at least 20 accepted before the
 * kill and 20 after it consumes again), restarted at once with the same static instance id (RunningSystem): the
 * restarted instance consumes again within 10 s of answering healthy, every refund accepted during the run ends
 * PROCESSED in intake's status view, the provider paid each once, and each (refund, status) e-mail arrives once,
 * or, only in notification-service's own crash window, twice with one Message-ID (as in
 * NotificationKilledWhileSendingTest). Figures go to target/crash-recovery.txt.
 */
class CrashRecoveryTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final long POST_EVERY_MS = 250;
    /** Refunds accepted before the kill, and again after the restarted service consumes: ~5 s of load each. */
    private static final int LOAD_AROUND_KILL = 20;
    private static final int MAILS_PER_REFUND = 3; // received, approved, processed
    /** Each service's listener's consumer group: intake's status view, policy's requests, payment, notification. */
    private static final Map<String, String> GROUPS = Map.of("intake-service", "intake-status-view",
            "policy-service", "policy-service", "payment-service", "payment-service",
            "notification-service", "notification-service");

    private final RunningSystem system = RunningSystem.get();
    private final ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
    /** Accepted refunds (202) of this run: refund id to its customer's e-mail address. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();

    @AfterEach
    void stopLoad() {
        load.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"intake-service", "policy-service", "payment-service", "notification-service"})
    void aServiceKilledUnderLoadConsumesAgainWithinTenSecondsAndLosesNothing(String service) throws Exception {
        String group = GROUPS.get(service);
        String run = service + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.infrastructure.kafka().bootstrapServers()))) {
            load.scheduleAtFixedRate(() -> post(run), 0, POST_EVERY_MS, TimeUnit.MILLISECONDS);
            long consumedBefore = consumed(admin, group);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> consumed(admin, group) > consumedBefore && accepted.size() >= LOAD_AROUND_KILL);

            system.services.get(service).kill();
            Instant killed = Instant.now();
            long consumedAtKill = consumed(admin, group);
            system.services.killAndRestart(service, STARTUP);
            Instant healthy = Instant.now();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> consumed(admin, group) > consumedAtKill);
            Instant consuming = Instant.now();
            int acceptedAtRecovery = accepted.size();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> accepted.size() >= acceptedAtRecovery + LOAD_AROUND_KILL);
            load.shutdown();
            load.awaitTermination(30, TimeUnit.SECONDS);

            Duration fromHealthy = Duration.between(healthy, consuming);
            int repeats = assertNothingLostOrPaidOrMailedTwice(service);
            report("%s: killed -> healthy %d ms, healthy -> consuming %d ms, killed -> consuming %d ms; "
                    + "%d refunds accepted, all PROCESSED, paid once; %d e-mails arrived twice (same Message-ID)",
                    service, Duration.between(killed, healthy).toMillis(), fromHealthy.toMillis(),
                    Duration.between(killed, consuming).toMillis(), accepted.size(), repeats);
            assertThat(fromHealthy).isLessThanOrEqualTo(Duration.ofSeconds(10));
        }
    }

    /** Returns how many (refund, status) e-mails arrived twice. */
    private int assertNothingLostOrPaidOrMailedTwice(String service) {
        Set<String> refundIds = Set.copyOf(accepted.keySet());
        assertThat(refundIds).as("refunds accepted around the kill").isNotEmpty();
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() -> refundIds.stream()
                .allMatch(id -> Set.of("PROCESSED", "FAILED", "DENIED").contains(status(id))));
        assertThat(refundIds).as("each in intake's status view, none FAILED")
                .allSatisfy(id -> assertThat(status(id)).isEqualTo("PROCESSED"));
        assertThat(SimulatedProvider.refundsMadeFor(system.infrastructure, refundIds))
                .as("one refund at the provider per refund id").hasSize(refundIds.size())
                .allSatisfy((id, amounts) -> assertThat(amounts).containsExactly(19_900L));

        Set<String> recipients = refundIds.stream().map(accepted::get).collect(Collectors.toSet());
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() -> mailTo(recipients).size(),
                count -> count == refundIds.size() * MAILS_PER_REFUND);
        Map<String, List<MimeMessage>> repeated = mailTo(recipients).entrySet().stream()
                .filter(e -> e.getValue().size() > 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int allowed = service.equals("notification-service") ? NotificationKilledWhileSendingTest.SENDER_THREADS : 0;
        assertThat(repeated).as("repeats only from notification-service's crash window")
                .hasSizeLessThanOrEqualTo(allowed)
                .allSatisfy((status, copies) -> assertThat(copies).hasSize(2)
                        .extracting(NotificationKilledWhileSendingTest::messageId)
                        .containsOnly(NotificationKilledWhileSendingTest.messageId(copies.get(0))));
        return repeated.size();
    }

    private void post(String run) {
        String email = "crash-" + run + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try {
            var response = system.submit(RefundFlowTest.refundRequest("NX-CRASH-" + UUID.randomUUID(), email,
                    delivered));
            if (response.statusCode() == 202) {
                accepted.put(system.json(response.body()).get("refundId").asString(), email);
            }
        } catch (Exception intakeDown) {
            // not accepted while intake is down: not part of the run
        }
    }

    private String status(String refundId) {
        try {
            var view = system.status(refundId);
            return view == null ? "" : view.path("status").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The e-mails to these recipients per (recipient, subject): one refund's status each. */
    private Map<String, List<MimeMessage>> mailTo(Set<String> recipients) {
        return NotificationKilledWhileSendingTest.byStatus(system.infrastructure.mail().received().stream()
                .filter(m -> recipients.contains(NotificationKilledWhileSendingTest.recipient(m))).toList());
    }

    /** What the group has committed, over all its partitions: grows while it consumes. */
    private static long consumed(Admin admin, String group) throws Exception {
        Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
    }

    private static void report(String format, Object... args) throws IOException {
        String line = format.formatted(args);
        System.out.println("crash recovery: " + line);
        Files.writeString(Path.of("target", "crash-recovery.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
