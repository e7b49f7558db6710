package com.necxian.refunds.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.ServiceProcess;

/**
 * Accepted refund requests per second and latency of intake-service, run as deployed (its executable jar in its
 * own JVM, acks=all) with the broker, registry and database beside it on this machine. Closed loop: N clients
 * each send their next request when the last one was answered. Writes docs/benchmarks/intake-load.md.
 */
public final class IntakeLoad {

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getProperty("clients", "32"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(System.getProperty("warmupSeconds", "15")));
        Duration measure = Duration.ofSeconds(Long.parseLong(System.getProperty("seconds", "30")));
        Infrastructure infrastructure = Infrastructure.shared();
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("intake_bench"));
        properties.put("spring.profiles.active", "local");
        properties.putAll(extraProperties());
        try (ServiceProcess intake = ServiceProcess.start("intake-service", 18080, properties,
                Path.of("target", "bench-logs"), jvmOptions())) {
            intake.awaitHealthy(Duration.ofSeconds(120));
            URI base = URI.create(intake.url());
            run(base, clients, warmup, new Latencies());
            Latencies latencies = new Latencies();
            AtomicLong failures = new AtomicLong();
            Duration intakeCpuBefore = cpuOf(intake.pid());
            long began = System.nanoTime();
            failures.addAndGet(run(base, clients, measure, latencies));
            double seconds = (System.nanoTime() - began) / 1e9;
            Duration intakeCpu = cpuOf(intake.pid()).minus(intakeCpuBefore);
            long rss = ProcessMemory.residentMegabytes(intake.pid());
            report(clients, measure, latencies, failures.get(), seconds, rss, intakeCpu);
        }
        System.exit(0);
    }

    /**
     * The lean flags of the local stack; -Dc2=true lets the JIT's optimising compiler in (more code cache);
     * -Djvm.extra="-XX:A -XX:B" appends flags (to try one without editing this class).
     */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(ServiceProcess.LEAN_JVM);
        if (Boolean.getBoolean("c2")) {
            options = new ArrayList<>(options.stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel"))
                    .map(o -> o.startsWith("-XX:ReservedCodeCacheSize") ? "-XX:ReservedCodeCacheSize=64m" : o)
                    .toList());
        }
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

    private static Duration cpuOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
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
                            if (connection.exchange(request) != 202) {
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

    private static void report(int clients, Duration measure, Latencies latencies, long failures, double seconds,
            long rss, Duration intakeCpu) throws Exception {
        long accepted = latencies.count() - failures;
        String text = """
                # intake-service load (generated by benchmarks/IntakeLoad)

                - When: %s, on this 2-core machine; broker (in-JVM KRaft), Apicurio Registry and PostgreSQL run on
                  the same machine, in the load generator's JVM or beside it.
                - Method: intake's executable jar in its own JVM (%s)%s, %d closed-loop clients
                  (one thread each, one keep-alive connection each) posting distinct valid requests with an Idempotency-Key;
                  15 s warm-up, then %d s measured. Every 202 means RefundRequested was acknowledged (acks=all).
                - Accepted: %d requests, %.0f per second; non-202 answers: %d
                - Latency: %s
                - intake resident memory after the run: %d MB
                - intake CPU while measured: %.2f cores, %.0f µs per accepted request
                """.formatted(Instant.now(), String.join(" ", jvmOptions()),
                extraProperties().isEmpty() ? "" : " with " + extraProperties(), clients, measure.toSeconds(), latencies.count() - failures,
                (latencies.count() - failures) / seconds, failures, latencies.summary(), rss,
                intakeCpu.toNanos() / 1e9 / seconds, accepted == 0 ? 0 : intakeCpu.toNanos() / 1e3 / accepted);
        Path out = Path.of("docs", "benchmarks", "intake-load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }
}
