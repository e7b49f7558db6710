package com.necxian.refunds.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The four services, each its own JVM from its executable jar, started in parallel and awaited until healthy. */
public final class RefundServices implements AutoCloseable {

    public static final List<String> NAMES = List.of("intake-service", "policy-service", "payment-service",
            "notification-service");

    private final Map<String, ServiceProcess> services;
    private final Function<String, Map<String, ?>> properties;
    private final Path logDirectory;

    private RefundServices(Map<String, ServiceProcess> services, Function<String, Map<String, ?>> properties,
            Path logDirectory) {
        this.services = services;
        this.properties = properties;
        this.logDirectory = logDirectory;
    }

    /**
     * @param ports      each service's port
     * @param properties each service's Spring properties (infrastructure addresses, its database)
     */
    public static RefundServices start(Function<String, Integer> ports, Function<String, Map<String, ?>> properties,
            Path logDirectory, Duration timeout) {
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        for (String name : NAMES) {
            started.put(name, ServiceProcess.start(name, ports.apply(name), properties.apply(name), logDirectory));
        }
        try {
            CompletableFuture.allOf(started.values().stream()
                    .map(p -> CompletableFuture.runAsync(() -> p.awaitHealthy(timeout)))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            started.values().forEach(ServiceProcess::close);
            throw e;
        }
        return new RefundServices(started, properties, logDirectory);
    }

    /** Random free ports, properties from the shared test {@link Infrastructure}: what the system tests use. */
    public static RefundServices startOn(Infrastructure infrastructure, Path logDirectory) {
        return startOn(infrastructure, logDirectory, Map.of(), Duration.ofSeconds(180));
    }

    /** As {@link #startOn(Infrastructure, Path)}, with properties every service gets on top. */
    public static RefundServices startOn(Infrastructure infrastructure, Path logDirectory, Map<String, ?> overrides,
            Duration timeout) {
        return start(name -> FreePort.find(), name -> {
            Map<String, Object> properties = new LinkedHashMap<>(
                    infrastructure.springProperties(name.replace('-', '_')));
            properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
            properties.put("spring.profiles.active", "local");
            properties.putAll(overrides);
            return properties;
        }, logDirectory, timeout);
    }

    /**
     * Kills the service at once (SIGKILL, as {@code kill -9}: no shutdown hook, nothing flushed) and starts it again
     * on the same port with the same properties; returns when it is healthy.
     */
    public synchronized ServiceProcess killAndRestart(String name, Duration timeout) {
        ServiceProcess old = services.get(name);
        old.kill();
        ServiceProcess restarted = ServiceProcess.start(name, old.port(), properties.apply(name),
                logDirectory.resolve("restarted-" + System.currentTimeMillis()));
        services.put(name, restarted);
        return restarted.awaitHealthy(timeout);
    }

    public ServiceProcess get(String name) {
        return services.get(name);
    }

    public String url(String name) {
        return services.get(name).url();
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::close);
    }
}
