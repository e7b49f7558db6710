package com.necxian.refunds.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.ServiceProcess;

/**
 * Accepted refund requests per second and latency of intake-service, run as deployed (its executable jar in its
 * own JVM with the deployment's flags, acks=all) with the broker, registry and database beside it on this
 * machine. Closed loop: N clients each send their next request when the last one was answered. One warm-up,
 * then one measured step per client count. Writes docs/benchmarks/intake-load.md.
 */
public final class IntakeLoad {

    record Step(int clients, long accepted, long failures, double seconds, Latencies latencies, CpuShares cpu,
            long peakRssMb) {

        double perSecond() {
            return accepted / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        try {
            runAll();
        } finally {
            System.exit(0); // the in-JVM broker's threads would keep the JVM alive
        }
    }

    private static void runAll() throws Exception {
        int[] clientCounts = Arrays.stream(System.getProperty("clients", "16,32,64").split(","))
                .mapToInt(c -> Integer.parseInt(c.trim())).toArray();
        Duration warmup = Duration.ofSeconds(Long.parseLong(System.getProperty("warmupSeconds", "45")));
        Duration measure = Duration.ofSeconds(Long.parseLong(System.getProperty("seconds", "30")));
        Infrastructure infrastructure = Infrastructure.shared();
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("intake_bench"));
        properties.put("spring.profiles.active", "local");
        properties.putAll(extraProperties());
        List<Step> steps = new ArrayList<>();
        try (ServiceProcess intake = ServiceProcess.start("intake-service", 18080, properties,
                Path.of("target", "bench-logs"), jvmOptions())) {
            intake.awaitHealthy(Duration.ofSeconds(120));
            URI base = URI.create(intake.url());
            run(base, clientCounts[0], warmup, new Latencies());
            for (int clients : clientCounts) {
                run(base, clients, Duration.ofSeconds(3), new Latencies()); // settle at this level
                steps.add(measure(base, clients, measure, intake.pid()));
            }
            long lifetimePeak = ProcessMemory.peakResidentMegabytes(intake.pid());
            Duration catchUp = statusViewCatchUp(properties);
            report(warmup, measure, steps, lifetimePeak, catchUp);
        }
    }

    /**
     * How long after the last 202 the status view held every accepted refund (its backlog at the end of the
     * heaviest load); -1 s if it had not caught up within a minute.
     */
    private static Duration statusViewCatchUp(Map<String, Object> properties) throws Exception {
        long lastAccepted = System.nanoTime();
        try (Connection db = DriverManager.getConnection(String.valueOf(properties.get("spring.datasource.url")),
                String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password")));
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from refund_view where order_number like ?")) {
            count.setString(1, "NX-BENCH-" + RUN + "-%");
            while (System.nanoTime() - lastAccepted < Duration.ofMinutes(1).toNanos()) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= ACCEPTED.get()) {
                        return Duration.ofNanos(System.nanoTime() - lastAccepted);
                    }
                }
                Thread.sleep(20); // polling period of a measurement, not synchronisation
            }
        }
        return Duration.ofSeconds(-1);
    }

    private static Step measure(URI base, int clients, Duration duration, long intakePid) throws Exception {
        Latencies latencies = new Latencies();
        CpuShares.Sample cpuBefore = CpuShares.sample(intakePid);
        try (ResidentPeak peak = ResidentPeak.watch(intakePid)) {
            long began = System.nanoTime();
            long failures = run(base, clients, duration, latencies);
            double seconds = (System.nanoTime() - began) / 1e9;
            CpuShares cpu = CpuShares.between(cpuBefore, CpuShares.sample(intakePid), seconds);
            Step step = new Step(clients, latencies.count() - failures, failures, seconds, latencies, cpu,
                    peak.megabytes());
            System.out.printf("%d clients: %.0f/s, %s%n", clients, step.perSecond(), latencies.summary());
            return step;
        }
    }

    /**
     * intake's deployment flags (ServiceProcess.SERVING_JVM); -Dlean=true uses the local stack's C1-only flags
     * instead; -Djvm.extra="-XX:A -XX:B" appends flags (to try one without editing this class).
     */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(
                Boolean.getBoolean("lean") ? ServiceProcess.LEAN_JVM : ServiceProcess.SERVING_JVM);
        String extra = System.getProperty("jvm.extra", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    /** -Dintake.properties="a=1,b=2": Spring properties for the service, to try a setting without a rebuild. */
    static Map<String, String> extraProperties() {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String pair : System.getProperty("intake.properties", "").split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                extra.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return extra;
    }

    /** Runs the closed loop; returns the number of answers other than 202 (and failed exchanges). */
    static long run(URI base, int clients, Duration duration, Latencies latencies) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try (KeepAliveClient connection = new KeepAliveClient(base.getHost(), base.getPort())) {
                    while (System.nanoTime() < end) {
                        byte[] request = request(base);
                        long start = System.nanoTime();
                        try {
                            if (connection.exchange(request) == 202) {
                                ACCEPTED.incrementAndGet();
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (IOException | RuntimeException e) {
                            connection.close();
                            failures.incrementAndGet();
                        }
                        latencies.record(System.nanoTime() - start);
                    }
                }
            });
            client.setName("load-client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) {
            t.join();
        }
        return failures.get();
    }

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();

    /** A distinct valid request: its own order number, used as its Idempotency-Key too. */
    static byte[] request(URI base) {
        String order = "NX-BENCH-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return KeepAliveClient.post(base.getHost(), base.getPort(), "/api/v1/refunds", """
                X-Api-Key: local-storefront-key\r
                Content-Type: application/json\r
                Idempotency-Key: %s\r
                """.formatted(order), """
                {"orderNumber": "%s", "orderedAt": "2026-11-01T10:00:00Z", "processedAt": "2026-11-01T12:00:00Z",
                 "customer": {"id": "C-42", "email": "ana@example.com", "name": "Ana Ruiz"},
                 "payment": {"method": "CARD", "reference": "pay_8f2k"}, "currency": "EUR", "reason": "DEFECTIVE",
                 "description": "Left earcup crackles after two days.", "preferredResolution": "REFUND",
                 "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/1.jpg"}],
                 "lines": [{"lineId": "1", "sku": "HP-200", "productType": "PHYSICAL", "madeToOrder": "NONE",
                            "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "199.00",
                            "deliveredAt": "2026-11-03T10:00:00Z"}]}
                """.formatted(order));
    }

    private static void report(Duration warmup, Duration measure, List<Step> steps, long lifetimePeak,
            Duration catchUp) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (Step s : steps) {
            rows.append("| %d | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %d | %.2f (%.0f µs) | %.2f | %.2f |%n".formatted(
                    s.clients(), s.perSecond(), s.failures(), s.latencies().percentileMillis(0.50),
                    s.latencies().percentileMillis(0.99), s.latencies().percentileMillis(0.999),
                    s.latencies().percentileMillis(1.0), s.peakRssMb(), s.cpu().intake(),
                    s.cpu().intake() * 1e6 / Math.max(1, s.perSecond()), s.cpu().postgres(), s.cpu().harness()));
        }
        String text = """
                # intake-service load (generated by benchmarks/IntakeLoad)

                - When: %s, on this 2-core machine (`nproc` = %d). The broker (in-JVM KRaft), Apicurio Registry and
                  PostgreSQL run on the same machine: the broker in the load generator's JVM, the others beside it.
                  PostgreSQL: %s.
                - intake: its executable jar in its own JVM with the deployment's flags
                  (`%s`)%s.
                - Load: closed-loop clients, one thread and one HTTP/1.1 keep-alive connection each, posting distinct
                  valid requests with an Idempotency-Key. Every 202 means RefundRequested was acknowledged
                  (acks=all, idempotent producer) and the key's claim committed.
                - %d s of warm-up, then per step 3 s to settle and %d s measured.
                - Peak resident memory of intake over its whole life (VmHWM, start-up and warm-up included): %d MB.
                - Status view: all %d accepted refunds were in `refund_view` %d ms after the last 202 (the
                  consumer's backlog when the load stopped; -1000 means not within a minute).

                | clients | accepted/s | non-202 | p50 ms | p99 ms | p99.9 ms | max ms | intake peak RSS MB (step) | intake CPU cores (per request) | PostgreSQL cores | harness cores (broker, load generator) |
                |---|---|---|---|---|---|---|---|---|---|---|
                %s""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(),
                Boolean.getBoolean("necxian.database.durable")
                        ? "durable (fsync on, synchronous commit: every 202 is on disk)"
                        : "fsync off, asynchronous commit (test-support's settings; -Dnecxian.database.durable=true for durable)",
                String.join(" ", jvmOptions()), extraProperties().isEmpty() ? "" : " and " + extraProperties(),
                warmup.toSeconds(), measure.toSeconds(), lifetimePeak, ACCEPTED.get(), catchUp.toMillis(), rows);
        Path out = Path.of("docs", "benchmarks", "intake-load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }
}
