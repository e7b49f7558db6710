package com.necxian.refunds.notification;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;

/**
 * The targets, measured (not asserted): run with {@code -Dnotification.benchmark=true}. Prints throughput
 * of a burst, the event-to-sent latency at a steady 100 events/s, and the test JVM's resident memory.
 */
@EnabledIfSystemProperty(named = "notification.benchmark", matches = "true")
class DeliveryBenchmarkTest extends NotificationServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void measureThroughputLatencyAndMemory() throws Exception {
        measurePipelineMix(Integer.getInteger("notification.benchmark.refunds", 2000),
                Integer.getInteger("notification.benchmark.rate", 100));
        measurePipelineMix(Integer.getInteger("notification.benchmark.refunds", 2000), 0);
        String burst = "burst-" + UUID.randomUUID().toString().substring(0, 6);
        int burstSize = Integer.getInteger("notification.benchmark.burst", 3000);
        List<RefundRequested> events = new ArrayList<>();
        for (int i = 0; i < burstSize; i++) {
            events.add(Events.forCustomer(burst + "-" + i + "@example.com", "Bench").requested("burst", 1000));
        }
        long began = System.nanoTime();
        events.forEach(event -> kafka.send(Topics.of(event), Topics.keyOf(event), event));
        kafka.flush();
        awaitSent(burst, burstSize, Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - began) / 1e9;
        var window = jdbc.sql("select min(sent_at), max(sent_at) from notification where recipient like ?")
                .param(burst + "%").query((rs, n) -> Duration.between(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant())).single();
        report("burst of %d events: all e-mails sent in %.1f s end to end = %.0f e-mails/s; SMTP phase %d ms = %.0f/s",
                burstSize, seconds, burstSize / seconds, window.toMillis(), burstSize * 1000.0 / window.toMillis());

        String steady = "steady-" + UUID.randomUUID().toString().substring(0, 6);
        int steadyCount = Integer.getInteger("notification.benchmark.steady", 1000);
        Map<String, Instant> published = new ConcurrentHashMap<>();
        var pacer = Executors.newSingleThreadScheduledExecutor();
        for (int i = 0; i < steadyCount; i++) {
            String email = steady + "-" + i + "@example.com";
            RefundRequested event = Events.forCustomer(email, "Bench").requested("steady", 1000);
            pacer.schedule(() -> {
                published.put(email, Instant.now());
                kafka.send(Topics.of(event), Topics.keyOf(event), event);
            }, i * 10L, TimeUnit.MILLISECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(2, TimeUnit.MINUTES);
        awaitSent(steady, steadyCount, Duration.ofMinutes(2));
        List<Long> latencies = new ArrayList<>(jdbc.sql(
                "select recipient, sent_at from notification where recipient like ?")
                .param(steady + "%").query((rs, n) -> Duration.between(published.get(rs.getString(1)),
                        rs.getTimestamp(2).toInstant()).toMillis()).list());
        latencies.sort(Long::compare);
        report("steady 100 events/s x %d: event-to-sent latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
                steadyCount, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.get(latencies.size() - 1));

        String backlog = "backlog-" + UUID.randomUUID().toString().substring(0, 6);
        var smtp = com.necxian.refunds.testsupport.Infrastructure.shared().mail();
        long drainTook;
        smtp.stop();
        try {
            for (int i = 0; i < burstSize; i++) {
                RefundRequested event = Events.forCustomer(backlog + "-" + i + "@example.com", "Bench")
                        .requested("backlog", 1000);
                kafka.send(Topics.of(event), Topics.keyOf(event), event);
            }
            kafka.flush();
            await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                    "select count(*) from notification where recipient like ?").param(backlog + "%")
                    .query(Long.class).single() >= burstSize);
        } finally {
            smtp.resume();
        }
        long drainBegan = System.nanoTime();
        awaitSent(backlog, burstSize, Duration.ofMinutes(5));
        drainTook = (System.nanoTime() - drainBegan) / 1_000_000;
        report("backlog of %d e-mails queued during an SMTP outage drained in %d ms = %.0f/s (incl. <=1 s backoff)",
                burstSize, drainTook, burstSize * 1000.0 / drainTook);

        measureStandaloneService(3 * burstSize / 2 + steadyCount);

        var resend = meters.get("notifications.resend.window").timer();
        report("resend window (acknowledgement -> SENT record) over %d e-mails: mean %.1f ms, max %.1f ms",
                resend.count(), resend.mean(TimeUnit.MILLISECONDS), resend.max(TimeUnit.MILLISECONDS));

        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?");
        Runtime runtime = Runtime.getRuntime();
        report("test JVM (service + Kafka broker + PostgreSQL client + GreenMail): %s, heap used %d MB",
                rss.replaceAll("\\s+", " "), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /**
     * What the pipeline benchmark offers: refunds at a steady rate, each with its three e-mails (received, approved,
     * processed; the three events published together), for a pool of customers shared by many refunds, so the
     * listener threads queue e-mails of the same customers while the senders deliver. Reports e-mails/s and the
     * deadlocks PostgreSQL detected meanwhile. {@code perSecond} 0 publishes them all at once (a backlog, as when
     * notification falls behind: polls of hundreds of records).
     */
    private void measurePipelineMix(int refunds, int perSecond) throws Exception {
        String mix = "mix-" + UUID.randomUUID().toString().substring(0, 6);
        int customers = 500;
        long deadlocksBefore = deadlocks();
        var pacer = Executors.newSingleThreadScheduledExecutor();
        long began = System.nanoTime();
        for (int i = 0; i < refunds; i++) {
            Events refund = Events.forCustomer(mix + "-" + (i % customers) + "@example.com", "Customer " + i % customers);
            pacer.schedule(() -> {
                kafka.send(Topics.REFUND_REQUESTED, refund.refundId(), refund.requested("mix", 5990));
                kafka.send(Topics.REFUND_APPROVED, refund.refundId(),
                        refund.approved(5990, com.necxian.refunds.events.Resolution.REFUND, null,
                                Events.line("1", com.necxian.refunds.events.LineOutcome.APPROVE, 5990, "ok",
                                        "DEF-1")));
                kafka.send(Topics.REFUND_PROCESSED, refund.refundId(),
                        refund.processed(5990, com.necxian.refunds.events.Resolution.REFUND));
            }, perSecond == 0 ? 0 : i * 1000L / perSecond, TimeUnit.MILLISECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(5, TimeUnit.MINUTES);
        awaitSent(mix, 3 * refunds, Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - began) / 1e9;
        report("pipeline mix: %d refunds at %s (3 e-mails each, %d customers): %d e-mails sent in %.1f s = %.0f"
                + " e-mails/s (offered %s); %d deadlocks", refunds, perSecond == 0 ? "once" : perSecond + "/s",
                customers, 3 * refunds, seconds,
                3 * refunds / seconds, perSecond == 0 ? "once" : 3 * perSecond + "/s", deadlocks() - deadlocksBefore);
    }

    private long deadlocks() {
        return jdbc.sql("select deadlocks from pg_stat_database where datname = current_database()")
                .query(Long.class).single();
    }

    /**
     * Starts the built service jar as its own process (own database and consumer group) against the same
     * infrastructure; it reads every event published so far and mails them, then its peak resident memory is read.
     */
    private void measureStandaloneService(int atLeast) throws Exception {
        Path jar = Path.of("target", "notification-service-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.isRegularFile(jar)) {
            report("standalone memory: no %s (run mvn install once), skipped", jar);
            return;
        }
        var infrastructure = com.necxian.refunds.testsupport.Infrastructure.shared();
        String jdbcUrl = infrastructure.database().jdbcUrl("notification_rss");
        String jvm = System.getProperty("notification.benchmark.jvm",
                "-Xmx128m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvm.split(" ")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafka().bootstrapServers(),
                "--necxian.registry.url=" + infrastructure.registry().url(),
                "--spring.profiles.active=local", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.mail.port=" + infrastructure.mail().port(),
                "--spring.kafka.consumer.group-id=notification-rss-" + UUID.randomUUID()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "standalone-service.log").toFile()).start();
        try {
            long began = System.nanoTime();
            var rssJdbc = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(jdbcUrl,
                    "postgres", "postgres"));
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> rssJdbc.sql("select count(*) from notification where state = 'SENT'")
                            .query(Long.class).single() >= atLeast);
            double seconds = (System.nanoTime() - began) / 1e9;
            String status = Files.readString(Path.of("/proc", String.valueOf(service.pid()), "status"));
            report("standalone service (%s): caught up on %d+ events from a cold start in %.1f s; %s; %s",
                    jvm, atLeast, seconds, line(status, "VmHWM"), line(status, "VmRSS"));
        } finally {
            service.destroy();
            service.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String line(String status, String key) {
        return status.lines().filter(l -> l.startsWith(key)).findFirst().orElse(key + ": ?").replaceAll("\\s+", " ");
    }

    private void awaitSent(String prefix, int count, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "select count(*) from notification where recipient like ? and state = 'SENT'")
                .param(prefix + "%").query(Long.class).single() >= count);
    }

    private static long pct(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }
}
