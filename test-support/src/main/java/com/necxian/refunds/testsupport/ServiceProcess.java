package com.necxian.refunds.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One of the four services run as its own JVM from its executable jar, exactly as it is deployed: the system
 * tests and the local stack start services this way. Output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code artifactId}'s executable jar with the given Spring properties (passed as arguments). */
    public static ServiceProcess start(String artifactId, int port, Map<String, ?> properties, Path logDirectory,
            List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", executableJar(artifactId).toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(artifactId + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new ServiceProcess(artifactId, process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * intake-service as deployed (docker-compose.yml's JVM_FLAGS): tiered JIT (C1 at once, C2 for the hottest
     * code; with C2 alone a freshly started intake spent ten times the CPU per request until its compile thresholds,
     * which halved the pipeline's end-to-end rate: docs/benchmarks.md), with heap, code cache and native heap
     * bounded for about 300 MB resident under load.
     */
    public static final List<String> SERVING_JVM = List.of("-Xmx96m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=160m",
            "-XX:TrimNativeHeapInterval=5000");

    /** JVM options that keep a service under 300 MB resident (measured: docs/benchmarks.md). */
    public static final List<String> LEAN_JVM = List.of("-Xmx128m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=160m");

    public static ServiceProcess start(String artifactId, int port, Map<String, ?> properties, Path logDirectory) {
        return start(artifactId, port, properties, logDirectory, LEAN_JVM);
    }

    /**
     * Waits until /actuator/health answers UP from this process. Fails at once, with the end of the log, when the
     * process exits; an UP from another process that holds the port (this one failed to bind it) does not count.
     */
    public ServiceProcess awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean answeredByAnother = false;
        while (System.nanoTime() < deadline) {
            failIfExited();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    failIfExited();
                    if (ListeningSockets.listens(process.pid(), port).orElse(true)) {
                        return this;
                    }
                    answeredByAnother = true;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.briefly();
        }
        throw new IllegalStateException(name + " not healthy after " + timeout
                + (answeredByAnother ? " (another process answers on port " + port + ")" : "") + "; see " + log
                + ", which ends with:\n" + logTail());
    }

    private void failIfExited() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was healthy; "
                    + "see " + log + ", which ends with:\n" + logTail());
        }
    }

    /** The last lines of the log, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the process ends at once, as with {@code kill -9}. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The service's executable jar: from the classpath when the caller depends on it (classifier exec), else from
     * the module's target folder beside this project's other modules.
     */
    static Path executableJar(String artifactId) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith(artifactId + "-")
                        && p.getFileName().toString().endsWith("-exec.jar"))
                .findFirst()
                .or(() -> findInTarget(artifactId))
                .orElseThrow(() -> new IllegalStateException("no executable jar of " + artifactId
                        + ": build it first (mvn -DskipTests install)"));
    }

    private static java.util.Optional<Path> findInTarget(String artifactId) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path target = dir.resolve(artifactId).resolve("target");
            if (Files.isDirectory(target)) {
                try (var files = Files.list(target)) {
                    return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
