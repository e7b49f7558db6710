package com.necxian.refunds.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RefundServices;
import com.necxian.refunds.testsupport.ServiceProcess;

/**
 * The whole refund pipeline under load, as deployed: the four services each in its own JVM from its executable
 * jar with its deployment flags (intake {@link ServiceProcess#SERVING_JVM}, the others
 * {@link ServiceProcess#LEAN_JVM} as the local stack and the system tests run them), on a real Kafka broker,
 * Apicurio Registry, PostgreSQL and SMTP server (test-support's {@link Infrastructure}). Intake is driven over HTTP
 * at fixed offered rates (open loop) and then at saturation (closed loop); every refund is followed to its end
 * through its events and its e-mails ({@link RefundTracker}). Writes docs/benchmarks/pipeline.md.
 *
 * <p>Settings (system properties): {@code pipeline.rates} (requests/s, one step each, default 100,300,1000),
 * {@code pipeline.seconds} (one value, or one per rate; default 20), {@code pipeline.saturation.clients} (default
 * 32; 0 skips the step), {@code pipeline.saturation.seconds} (default 15), {@code pipeline.warmup.rate} and
 * {@code pipeline.warmup.seconds} (default 20/s for 20 s), {@code pipeline.drain.seconds} (how long after the
 * load a step's refunds may take to finish, default 20), {@code pipeline.settle.seconds} (at most this long
 * between steps for the earlier refunds to finish, default 30), {@code pipeline.connections} (open-loop
 * connections, default 96), {@code pipeline.report} (default docs/benchmarks/pipeline.md),
 * {@code pipeline.max.minutes} (the run is stopped after this, default 15), {@code necxian.database.durable}.
 */
public final class PipelineLoad {

    static final String HARNESS = "harness JVM (Kafka broker, GreenMail, load generator, followers)";
    static final String REGISTRY = "Apicurio Registry";
    static final String POSTGRES = "PostgreSQL (all its processes)";
    static final String OTHERS = "other processes on the machine";

    /** What one step measured. */
    record Step(int index, String label, double offeredRate, int clients, LoadGenerator.Result load,
            double windowSeconds, long startMillis, long accepted, long processedAndMailed, long finished,
            double endToEndPerSecond, boolean allFinished, Map<String, Long> unfinished, Map<String, Long> endings,
            Map<String, Latencies> stages, Map<String, Double> cpuSeconds, Map<String, Long> peakRss,
            Map<String, Long> lagMax, Map<String, Long> lagAfter, long backlogAtStart, long supersededReceived,
            Map<String, Double> harnessThreads, Map<String, Double> coreWait, long[] pipelineDone,
            double cpuWindowSeconds, Map<String, Double> jitSeconds) {

        /** Requests published, decisions, payments, e-mails per second over the window, every step's refunds. */
        double pipelineRate(int what) {
            return pipelineDone[what] / windowSeconds;
        }

        double cores(String process) {
            return cpuSeconds.getOrDefault(process, 0.0) / cpuWindowSeconds;
        }

        double share(String process) {
            double busy = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            return busy <= 0 ? 0 : 100 * cpuSeconds.getOrDefault(process, 0.0) / busy;
        }
    }

    static final List<String> STAGES = List.of("received → decided", "decided → processed",
            "received → processed", "processed → last e-mail", "received → last e-mail");

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();
    private final Instant orderedAt = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Instant deliveredAt = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Long> lifetimePeak = new LinkedHashMap<>();
    private Infrastructure infrastructure;
    private RefundTracker tracker;
    private ConsumerLag lag;
    private Optional<Long> postmaster = Optional.empty();
    private Optional<Long> registry = Optional.empty();
    private URI intake;
    private String startupNote = "";

    public static void main(String[] args) {
        int status = 1;
        try {
            // as the services do (IntakeApplication): Apicurio builds a DatumReader per record, and Avro's fast
            // reader would rebuild its tree each time; must be set before the first Avro class is used
            if (System.getProperty("org.apache.avro.fastread") == null) {
                System.setProperty("org.apache.avro.fastread", "false");
            }
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            watchdog(Duration.ofMinutes(Long.getLong("pipeline.max.minutes", 15)));
            new PipelineLoad().runAll();
            status = 0;
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            System.exit(status); // runs the shutdown hooks: the services, the registry, PostgreSQL, the broker stop
        }
    }

    private static void watchdog(Duration limit) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis()); // the run's time limit
                System.err.println("pipeline load still running after " + limit + ": stopping it");
                System.exit(2);
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void runAll() throws Exception {
        double[] rates = doubles(setting("pipeline.rates", "100,300,1000"));
        double[] seconds = doubles(setting("pipeline.seconds", "20"));
        int saturationClients = Integer.parseInt(setting("pipeline.saturation.clients", "32"));
        Duration saturationSeconds = Duration.ofSeconds(Long.parseLong(setting("pipeline.saturation.seconds", "15")));
        double warmupRate = Double.parseDouble(setting("pipeline.warmup.rate", "20"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(setting("pipeline.warmup.seconds", "20")));
        Duration drain = Duration.ofSeconds(Long.parseLong(setting("pipeline.drain.seconds", "20")));
        Duration settle = Duration.ofSeconds(Long.parseLong(setting("pipeline.settle.seconds", "30")));
        int connections = Integer.parseInt(setting("pipeline.connections", "96"));
        Path report = Path.of(setting("pipeline.report", "docs/benchmarks/pipeline.md"));

        long began = System.nanoTime();
        String loadAtStart = PipelineReport.loadAverage();
        start();
        startupNote = "load average (1, 5, 15 min) at the start " + loadAtStart + "; " + startupNote;
        Settings settings = new Settings(rates, seconds, saturationClients, saturationSeconds, warmupRate, warmup,
                drain, settle, connections);
        List<Step> steps = new ArrayList<>();
        try {
            System.out.printf("warm-up: %.0f/s for %d s%n", warmupRate, warmup.toSeconds());
            LoadGenerator.openLoop(intake, warmupRate, warmup, connections, requests(0));
            awaitFinished(1, settle, "after the warm-up");
            for (int i = 0; i < rates.length; i++) {
                int index = i + 1;
                double rate = rates[i];
                Duration length = Duration.ofMillis(Math.round(1000 * seconds[Math.min(i, seconds.length - 1)]));
                Step step = step(index, "%.0f/s for %d s".formatted(rate, length.toSeconds()), rate, 0, drain,
                        () -> LoadGenerator.openLoop(intake, rate, length, connections, requests(index)));
                steps.add(step);
                awaitFinished(index + 1, settle, "before the next step");
            }
            if (saturationClients > 0 && !saturationSeconds.isZero()) {
                int index = rates.length + 1;
                steps.add(step(index, "saturation: %d clients, closed loop, %d s".formatted(saturationClients,
                        saturationSeconds.toSeconds()), 0, saturationClients, drain,
                        () -> LoadGenerator.closedLoop(intake, saturationClients, saturationSeconds,
                                requests(index))));
            }
            services.forEach((name, process) -> lifetimePeak.put(name, ProcessMemory.peakResidentMegabytes(
                    process.pid())));
        } finally {
            tracker.close();
            lag.close();
            services.values().parallelStream().forEach(ServiceProcess::close);
        }
        String text = PipelineReport.write(settings, steps, lifetimePeak, startupNote,
                Duration.ofNanos(System.nanoTime() - began), tracker);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
        System.out.println(text);
        System.out.println("written to " + report.toAbsolutePath());
    }

    record Settings(double[] rates, double[] seconds, int saturationClients, Duration saturationSeconds,
            double warmupRate, Duration warmup, Duration drain, Duration settle, int connections) {
    }

    /** Infrastructure, then the four services in parallel, then the followers. */
    private void start() throws Exception {
        long began = System.nanoTime();
        infrastructure = Infrastructure.shared();
        double infraSeconds = (System.nanoTime() - began) / 1e9;
        Path logs = Path.of("benchmarks", "target", "pipeline-logs");
        for (String name : RefundServices.NAMES) {
            Map<String, Object> properties = new LinkedHashMap<>(
                    infrastructure.springProperties(name.replace('-', '_')));
            properties.put("spring.profiles.active", "local");
            properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
            if (name.equals("payment-service")) {
                // the simulated provider answers at once and confirms at once: the provider is not measured
                properties.put("necxian.payment.simulated.latency", "0ms");
                properties.put("necxian.payment.simulated.confirmation-delay", "0s");
            }
            List<String> jvm = name.equals("intake-service") ? ServiceProcess.SERVING_JVM : ServiceProcess.LEAN_JVM;
            services.put(name, ServiceProcess.start(name, freePort(), properties, logs, jvm));
        }
        try {
            CompletableFuture.allOf(services.values().stream()
                    .map(p -> CompletableFuture.runAsync(() -> p.awaitHealthy(Duration.ofSeconds(240))))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            services.values().forEach(ServiceProcess::close);
            throw e;
        }
        double allSeconds = (System.nanoTime() - began) / 1e9;
        startupNote = "infrastructure up in %.1f s (%s, in parallel), the four services healthy %.1f s after that"
                .formatted(infraSeconds, infrastructure.startupTimes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> "%s %.1f s".formatted(e.getKey(), e.getValue().toMillis() / 1000.0))
                        .collect(java.util.stream.Collectors.joining(", ")), allSeconds - infraSeconds);
        System.out.println(startupNote);
        intake = URI.create(services.get("intake-service").url());
        String bootstrap = infrastructure.kafka().bootstrapServers();
        lag = new ConsumerLag(bootstrap);
        tracker = new RefundTracker(bootstrap, infrastructure.registry().url(), infrastructure.mail(),
                infrastructure.database().jdbcUrl("notification_service"), orderPrefix(-1));
        postmaster = ProcessCpu.postmasterOn(infrastructure.database().port());
        registry = ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("apicurio-registry"))
                        .orElse(false))
                .map(ProcessHandle::pid).findFirst();
        if (postmaster.isEmpty()) {
            System.err.println("PostgreSQL's postmaster not found: its CPU is counted with the other processes");
        }
    }

    /** One measured step: the load, then up to {@code drain} for its refunds to finish. */
    private Step step(int index, String label, double rate, int clients, Duration drain, Load load)
            throws Exception {
        System.out.println("step " + index + ": " + label);
        long backlog = tracker.unfinishedBefore(index);
        lag.newWindow();
        Map<String, Double> threadsBefore = ProcessCpu.ownThreads();
        Map<String, Double> jitBefore = jit();
        ProcessCpu.Snapshot before = ProcessCpu.Snapshot.take();
        Map<String, Map<Long, Double>> waitBefore = coreWait(before);
        Map<String, Double> cpuBefore = cpu(before);
        Map<String, ResidentPeak> peaks = new LinkedHashMap<>();
        services.forEach((name, process) -> peaks.put(name, ResidentPeak.watch(process.pid())));
        long startMillis = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        LoadGenerator.Result result = load.run();
        System.out.printf("  sent %d (%.0f/s, %d late), accepted %d (%.0f/s), other answers %d, HTTP %s%n",
                result.sent(), result.sentPerSecond(), result.late(), result.accepted(),
                result.acceptedPerSecond(), result.failed(), result.latencies().summary());
        long drainEnd = System.nanoTime() + drain.toNanos();
        long superseded = 0;
        for (int poll = 0; ; poll++) {
            if (poll % 4 == 0) {
                tracker.refreshSuperseded(orderPrefix(index));
            }
            List<RefundTracker.Refund> refunds = tracker.ofStep(index);
            if (refunds.stream().filter(r -> r.accepted).allMatch(RefundTracker.Refund::finished)
                    || System.nanoTime() > drainEnd) {
                break;
            }
            Thread.sleep(250); // polling period of the harness's own view of the refunds, not synchronisation
        }
        double windowSeconds = (System.nanoTime() - startNanos) / 1e9;
        tracker.refreshSuperseded(orderPrefix(index));
        long windowEndMillis = System.currentTimeMillis();
        ProcessCpu.Snapshot after = ProcessCpu.Snapshot.take();
        Map<String, Double> cpuAfter = cpu(after);
        double cpuWindowSeconds = (after.nanos() - before.nanos()) / 1e9;
        Map<String, Double> coreWait = new LinkedHashMap<>();
        coreWait(after).forEach((process, waited) -> coreWait.put(process,
                ProcessCpu.waitedBetween(waitBefore.getOrDefault(process, Map.of()), waited)));
        Map<String, Double> jitSeconds = new LinkedHashMap<>();
        jit().forEach((service, seconds) -> jitSeconds.put(service,
                Math.max(0, seconds - jitBefore.getOrDefault(service, 0.0))));
        Map<String, Double> harnessThreads = new TreeMap<>();
        ProcessCpu.ownThreads().forEach((group, seconds) -> harnessThreads.put(group,
                Math.max(0, seconds - threadsBefore.getOrDefault(group, 0.0))));
        // the generator's threads end with the load: they report their own CPU, which the kernel then files
        // under the process's ended threads
        harnessThreads.put("load generator", result.cpuSeconds());
        harnessThreads.computeIfPresent(ProcessCpu.EXITED_THREADS, (k, v) -> Math.max(0, v - result.cpuSeconds()));
        Map<String, Long> lagMax = lag.windowMax();
        Map<String, Long> lagAfter = lag.now();
        Map<String, Long> peakRss = new LinkedHashMap<>();
        peaks.forEach((name, peak) -> {
            peakRss.put(name, peak.megabytes());
            peak.close();
        });
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        cpuAfter.forEach((process, seconds) -> cpuSeconds.put(process,
                Math.max(0, seconds - cpuBefore.getOrDefault(process, 0.0))));
        double ours = cpuSeconds.entrySet().stream().filter(e -> !e.getKey().equals("machine"))
                .mapToDouble(Map.Entry::getValue).sum();
        double machine = cpuSeconds.remove("machine");
        cpuSeconds.put(OTHERS, Math.max(0, machine - ours));

        List<RefundTracker.Refund> accepted = tracker.ofStep(index).stream().filter(r -> r.accepted).toList();
        Map<String, Latencies> stages = new LinkedHashMap<>();
        STAGES.forEach(s -> stages.put(s, new Latencies()));
        Map<String, Long> unfinished = new TreeMap<>();
        Map<String, Long> endings = new TreeMap<>();
        long processedAndMailed = 0;
        long finished = 0;
        long lastFinish = startMillis;
        for (RefundTracker.Refund r : accepted) {
            if (r.decidedAt >= 0 && r.receivedAt >= 0) {
                stages.get(STAGES.get(0)).record(millisAsNanos(r.decidedAt - r.receivedAt));
            }
            if (r.outcome == RefundTracker.Outcome.PROCESSED && r.decidedAt >= 0) {
                stages.get(STAGES.get(1)).record(millisAsNanos(r.outcomeAt - r.decidedAt));
                if (r.receivedAt >= 0) {
                    stages.get(STAGES.get(2)).record(millisAsNanos(r.outcomeAt - r.receivedAt));
                }
            }
            if (r.processedAndMailed()) {
                stages.get(STAGES.get(3)).record(millisAsNanos(r.lastMail() - r.outcomeAt));
                if (r.receivedAt >= 0) {
                    stages.get(STAGES.get(4)).record(millisAsNanos(r.lastMail() - r.receivedAt));
                }
            }
            if (r.receivedMailSuperseded) {
                superseded++;
            }
            if (r.finished()) {
                finished++;
                endings.merge(r.outcome != null ? r.outcome.name() : String.valueOf(r.decision), 1L, Long::sum);
                if (r.processedAndMailed()) {
                    processedAndMailed++;
                    lastFinish = Math.max(lastFinish, r.finishedAt());
                }
            } else {
                unfinished.merge(r.stage(), 1L, Long::sum);
            }
        }
        boolean allFinished = finished == accepted.size();
        // refunds per second from the step's start to its last completion, or to the end of the window when some
        // did not finish within it
        double e2eSeconds = (allFinished ? Math.max(lastFinish, startMillis + 1) : windowEndMillis) - startMillis;
        double endToEnd = processedAndMailed / (e2eSeconds / 1000.0);
        Step step = new Step(index, label, rate, clients, result, windowSeconds, startMillis, accepted.size(),
                processedAndMailed, finished, endToEnd, allFinished, unfinished, endings, stages, cpuSeconds,
                peakRss, lagMax, lagAfter, backlog, superseded, harnessThreads, coreWait,
                tracker.doneBetween(startMillis, windowEndMillis), cpuWindowSeconds, jitSeconds);
        System.out.printf("  %d of %d accepted refunds processed and mailed within %.1f s: %.1f/s end to end; "
                + "not finished %s; lag max %s, after %s%n", processedAndMailed, accepted.size(), windowSeconds,
                endToEnd, unfinished, lagMax, lagAfter);
        System.out.printf("  whole pipeline during the window, per s: %.1f requested, %.1f decided, %.1f paid, "
                + "%.1f e-mails%n", step.pipelineRate(0), step.pipelineRate(1), step.pipelineRate(2),
                step.pipelineRate(3));
        System.out.printf("  CPU s: %s; harness threads: %s%n", cpuSeconds, harnessThreads);
        stages.forEach((stage, l) -> System.out.printf("  %s: n=%d %s%n", stage, l.count(), l.summary()));
        return step;
    }

    private static long millisAsNanos(long millis) {
        return millis * 1_000_000;
    }

    /** Waits (polling, with a deadline) until every accepted refund of the steps before {@code step} finished. */
    private void awaitFinished(int step, Duration atMost, String when) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long left = tracker.unfinishedBefore(step);
        for (int poll = 0; left > 0 && System.nanoTime() < deadline; poll++) {
            if (poll % 4 == 0) {
                tracker.refreshSuperseded(null);
            }
            Thread.sleep(250); // polling period of the harness's own view of the refunds
            left = tracker.unfinishedBefore(step);
        }
        if (left > 0) {
            System.out.printf("  %d earlier refunds still unfinished %s (after %d s)%n", left, when,
                    atMost.toSeconds());
        }
    }

    /** CPU seconds so far of each process, and of the whole machine ("machine"), from one /proc snapshot. */
    private Map<String, Double> cpu(ProcessCpu.Snapshot snapshot) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        services.forEach((name, process) -> cpu.put(name, snapshot.own(process.pid())));
        cpu.put(HARNESS, snapshot.own(ProcessHandle.current().pid()));
        cpu.put(REGISTRY, registry.map(snapshot::own).orElse(0.0));
        cpu.put(POSTGRES, postmaster.map(snapshot::tree).orElse(0.0));
        cpu.put("machine", snapshot.machineBusy());
        return cpu;
    }

    /** CPU seconds so far of each service's JIT compiler threads. */
    private Map<String, Double> jit() {
        Map<String, Double> jit = new LinkedHashMap<>();
        services.forEach((name, process) -> jit.put(name,
                ProcessCpu.threads(process.pid()).getOrDefault(ProcessCpu.JIT, 0.0)));
        return jit;
    }

    /** Seconds each process's threads have waited for a core so far, by thread. */
    private Map<String, Map<Long, Double>> coreWait(ProcessCpu.Snapshot snapshot) {
        Map<String, Map<Long, Double>> wait = new LinkedHashMap<>();
        services.forEach((name, process) -> wait.put(name, ProcessCpu.runQueueWait(List.of(process.pid()))));
        wait.put(HARNESS, ProcessCpu.runQueueWait(List.of(ProcessHandle.current().pid())));
        wait.put(REGISTRY, registry.map(pid -> ProcessCpu.runQueueWait(List.of(pid))).orElse(Map.of()));
        wait.put(POSTGRES, postmaster.map(pid -> ProcessCpu.runQueueWait(snapshot.withDescendants(pid)))
                .orElse(Map.of()));
        return wait;
    }

    private String orderPrefix(int step) {
        return step < 0 ? "NX-PL-" + run + "-" : "NX-PL-" + run + "-" + step + "-";
    }

    /** Distinct approvable requests of one step, each registered with the tracker before it is sent. */
    private Supplier<LoadGenerator.Request> requests(int step) {
        String prefix = orderPrefix(step);
        return () -> {
            long n = sequence.incrementAndGet();
            String order = prefix + n;
            RefundTracker.Refund refund = tracker.register(order, step);
            return new LoadGenerator.Request(request(order, n), () -> refund.accepted = true);
        };
    }

    /**
     * A refund the policy approves on its own: a regular physical item delivered three days ago, defective or no
     * longer needed, well under the review threshold. One of 500 customers, so no customer row is a hot spot.
     */
    private byte[] request(String order, long n) {
        return KeepAliveClient.post(intake.getHost(), intake.getPort(), "/api/v1/refunds", """
                X-Api-Key: local-storefront-key\r
                Content-Type: application/json\r
                Idempotency-Key: %s\r
                """.formatted(order), """
                {"orderNumber": "%s", "orderedAt": "%s", "processedAt": "%s",
                 "customer": {"id": "C-PL-%d", "email": "customer-%d@bench.example", "name": "Bench Customer"},
                 "payment": {"method": "CARD", "reference": "pay_pl_%d"}, "currency": "EUR", "reason": "%s",
                 "description": "Stopped working after a few days.", "preferredResolution": "REFUND",
                 "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/%d.jpg"}],
                 "lines": [{"lineId": "1", "sku": "HP-200", "productType": "PHYSICAL", "madeToOrder": "NONE",
                            "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "59.90",
                            "deliveredAt": "%s"}]}
                """.formatted(order, orderedAt, orderedAt.plus(2, ChronoUnit.HOURS), n % 500, n % 500, n,
                n % 2 == 0 ? "DEFECTIVE" : "NO_LONGER_NEEDED", n, deliveredAt));
    }

    @FunctionalInterface
    private interface Load {
        LoadGenerator.Result run() throws Exception;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? fallback : value;
    }

    private static double[] doubles(String list) {
        return Arrays.stream(list.split(",")).mapToDouble(v -> Double.parseDouble(v.trim())).toArray();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
