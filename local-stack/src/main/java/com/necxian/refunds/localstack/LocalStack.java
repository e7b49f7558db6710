package com.necxian.refunds.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.necxian.refunds.testsupport.Database;
import com.necxian.refunds.testsupport.RefundServices;
import com.necxian.refunds.testsupport.SchemaRegistry;

/**
 * The whole system on this machine: Kafka, Apicurio Registry, PostgreSQL, an SMTP catcher with a viewer (its own
 * JVM, {@link MailCatcherProcess}), then the four services on 8080-8083. Data is kept in the data folder; {@code --fresh} starts from nothing. Ctrl-C or
 * SIGTERM stops everything it started.
 */
public final class LocalStack {

    static final Map<String, Integer> PORTS = Map.of("intake-service", 8080, "policy-service", 8081,
            "payment-service", 8082, "notification-service", 8083);
    /** Each service's database, and the role (same name, password {@code local-<name>}) that owns it. */
    static final Map<String, String> DATABASES = Map.of("intake-service", "intake", "policy-service", "policy",
            "payment-service", "payment", "notification-service", "notification");

    /** The newest e-mails the catcher keeps (on disk); older ones are deleted. MAIL_KEEP changes it. */
    static final int MAIL_KEPT = Integer.parseInt(System.getenv().getOrDefault("MAIL_KEEP", "50000"));

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (List.of(args).contains("--demo")) {
            Demo.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("--mail-catcher")) {
            MailCatcher.main(args);
            return;
        }
        boolean fresh = List.of(args).contains("--fresh");
        Path data = Path.of(System.getProperty("necxian.data", "data")).toAbsolutePath();
        new LocalStack().run(data, fresh);
    }

    private void run(Path data, boolean fresh) throws InterruptedException {
        long began = System.nanoTime();
        if (fresh) {
            deleteRecursively(data);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            stopped.countDown();
        }));
        System.out.println("Starting Kafka, Apicurio Registry, PostgreSQL and the SMTP catcher (data: " + data + ")");
        var registry = CompletableFuture.supplyAsync(() -> SchemaRegistry.start(8090, data.resolve("registry"),
                List.of("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + data.resolve("registry").resolve("db"))));
        var database = CompletableFuture.supplyAsync(() -> Database.start(15432, data.resolve("postgres"), true));
        started.push(KafkaServer.start(9092, 9093, data.resolve("kafka")));
        started.push(MailCatcherProcess.start(2525, 8025, data.resolve("mail"), MAIL_KEPT,
                data.resolve("logs").resolve("mail-catcher.log")));
        Database db = database.join();
        started.push(db);
        started.push(registry.join());
        System.out.printf("Infrastructure up in %.1f s; starting the four services%n", seconds(began));

        started.push(RefundServices.start(PORTS::get, name -> serviceProperties(name, db), data.resolve("logs"),
                Duration.ofSeconds(180)));
        System.out.printf("%nNecxian Refunds is ready in %.1f s.%n%s", seconds(began), banner(data));
        stopped.await();
    }

    private static Map<String, Object> serviceProperties(String name, Database db) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "local");
        properties.put("spring.kafka.bootstrap-servers", "127.0.0.1:9092");
        properties.put("necxian.registry.url", "http://127.0.0.1:8090");
        // Each service logs in as the role that owns its database (and nothing else), never as the superuser.
        String role = DATABASES.get(name);
        properties.put("spring.datasource.url", db.ownedDatabase(role, role, Database.localPassword(role)));
        properties.put("spring.datasource.username", role);
        properties.put("spring.datasource.password", Database.localPassword(role));
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", 2525);
        return properties;
    }

    private static String banner(Path data) {
        return """
                  intake-service        http://127.0.0.1:8080   (X-Api-Key: local-storefront-key)
                  policy-service        http://127.0.0.1:8081   (reviewer / local-reviewer, policy-owner / local-policy-owner)
                  payment-service       http://127.0.0.1:8082   (operator / local-operator)
                  notification-service  http://127.0.0.1:8083   (operator / local-operator)
                  e-mails sent          http://127.0.0.1:8025   (JSON: /api/messages?page=0&size=50; SMTP on 127.0.0.1:2525)
                  Kafka 127.0.0.1:9092 · Apicurio Registry http://127.0.0.1:8090 · PostgreSQL 127.0.0.1:15432 (postgres/postgres)
                  databases             intake, policy, payment, notification: each owned by the role of its name
                                        (password local-<name>), which its service logs in as (never postgres)
                  service logs          %s
                Ctrl-C stops everything.
                """.formatted(data.resolve("logs"));
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
