package com.necxian.refunds.web.tracing;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Observability settings every service shares, as defaults below everything else (application.properties, the
 * environment, e.g. {@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY}): every refund traced, HTTP latencies as
 * histograms (the dashboards' p99 panels), and no long-task timer per observation ({@code *.active}: read by no
 * dashboard or alert, and a concurrent map insert and removal for every HTTP request, Kafka send and JDBC
 * statement). Spans leave the service only when
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} is set (docker-compose sets it); the logs carry
 * {@code [traceId-spanId]} by Spring Boot's default correlation pattern.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "necxianObservabilityDefaults";

    static final Map<String, Object> DEFAULTS = Map.of("management.tracing.sampling.probability", "1.0",
            "management.metrics.distribution.percentiles-histogram.http.server.requests", "true",
            "management.metrics.observations.ignored-meters", "long-task-timer");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, DEFAULTS));
    }
}
