package com.necxian.refunds.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A real Apicurio Registry (the 2.6 distribution from Maven Central, unpacked by this module's build) run as a
 * child process on 127.0.0.1, in memory. Its output goes to a log file, not to the test output.
 */
public final class SchemaRegistry implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final String url;

    private SchemaRegistry(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static SchemaRegistry start(int port, Path workDir) {
        return start(port, workDir, List.of());
    }

    /** @param options extra JVM options, e.g. {@code -Dquarkus.datasource.jdbc.url=jdbc:h2:file:...} to keep data */
    public static SchemaRegistry start(int port, Path workDir, List<String> options) {
        Path runner = runnerJar();
        try {
            Files.createDirectories(workDir);
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + workDir, "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.log.level=WARN", "-Dquarkus.banner.enabled=false"));
            command.addAll(options);
            command.addAll(List.of("-jar", runner.toString()));
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("registry.log").toFile()).start();
            var registry = new SchemaRegistry(process, "http://127.0.0.1:" + port);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            registry.awaitReady(workDir);
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL; the serde's API is under /apis/registry/v2, Confluent's under /apis/ccompat/v7. */
    public String url() {
        return url;
    }

    private void awaitReady(Path workDir) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited; see " + workDir.resolve("registry.log"));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url + "/apis/registry/v2/system/info"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.briefly();
        }
        close();
        throw new IllegalStateException("Apicurio Registry not ready after " + START_TIMEOUT);
    }

    static Path runnerJar() {
        Properties settings = new Properties();
        try (InputStream in = SchemaRegistry.class.getResourceAsStream("/necxian-test-infrastructure.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path home = Path.of(System.getProperty("apicurio.home", settings.getProperty("apicurio.home")));
        Path runner = home.resolve("apicurio-registry-app-2.6.13.Final-runner.jar");
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("Apicurio Registry is not unpacked at " + home
                    + ": build the test-support module first (mvn -pl test-support install)");
        }
        return runner;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
