package com.necxian.refunds.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Kafka, Apicurio Registry, PostgreSQL and SMTP, started together (in parallel) once per JVM and shared by every
 * test in it. Nothing here needs Docker.
 */
public final class Infrastructure {

    private static Infrastructure shared;

    private final KafkaBroker kafka;
    private final SchemaRegistry registry;
    private final Database database;
    private final MailServer mail;
    private final Map<String, Duration> startupTimes;

    private Infrastructure(KafkaBroker kafka, SchemaRegistry registry, Database database, MailServer mail,
            Map<String, Duration> startupTimes) {
        this.kafka = kafka;
        this.registry = registry;
        this.database = database;
        this.mail = mail;
        this.startupTimes = startupTimes;
    }

    /** The JVM-wide instance, started on first use and stopped when the JVM exits. */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = start(Path.of(System.getProperty("java.io.tmpdir"), "necxian-infrastructure"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    static Infrastructure start(Path workDir) {
        Map<String, Duration> times = new LinkedHashMap<>();
        var registry = CompletableFuture.supplyAsync(() -> timed("Apicurio Registry", times,
                () -> SchemaRegistry.start(FreePort.find(), workDir.resolve("registry-" + ProcessHandle.current().pid()))));
        var database = CompletableFuture.supplyAsync(() -> timed("PostgreSQL", times,
                () -> Database.start(0, null, false)));
        var kafka = timed("Kafka", times, KafkaBroker::start);
        var mail = timed("SMTP", times, () -> MailServer.start(FreePort.find()));
        return new Infrastructure(kafka, registry.join(), database.join(), mail, times);
    }

    private static <T> T timed(String name, Map<String, Duration> times, java.util.function.Supplier<T> start) {
        long began = System.nanoTime();
        T started = start.get();
        synchronized (times) {
            times.put(name, Duration.ofNanos(System.nanoTime() - began));
        }
        return started;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public SchemaRegistry registry() {
        return registry;
    }

    public Database database() {
        return database;
    }

    public MailServer mail() {
        return mail;
    }

    public Map<String, Duration> startupTimes() {
        return Map.copyOf(startupTimes);
    }

    /**
     * The Spring properties that point a service at this infrastructure, with its own database, which it reaches
     * as the role that owns it (named like the database, password {@link Database#localPassword}), not as the
     * superuser: so every test that starts a service also proves its Flyway migrations run as a plain owner.
     */
    public Map<String, Object> springProperties(String databaseName) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("necxian.registry.url", registry.url());
        properties.put("spring.datasource.url", database.ownedDatabase(databaseName, databaseName,
                Database.localPassword(databaseName)));
        properties.put("spring.datasource.username", databaseName);
        properties.put("spring.datasource.password", Database.localPassword(databaseName));
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", mail.port());
        return properties;
    }

    void stop() {
        mail.close();
        kafka.close();
        registry.close();
        database.close();
    }
}
