package com.necxian.refunds.web.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.necxian.refunds.testsupport.RecordedSpans;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import net.ttddyy.observation.tracing.ConnectionContext;
import net.ttddyy.observation.tracing.QueryContext;

/**
 * In a service's context, a JDBC statement inside a trace is a client span of that trace made by the JDBC handlers
 * and costs no meter: no timer, no long-task timer per statement. Other observations keep their timer, without the
 * long-task timer nothing reads.
 */
class JdbcSpansTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withPropertyValues(ObservabilityDefaults.DEFAULTS.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new))
            .withConfiguration(AutoConfigurations.of(
                    ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                    OpenTelemetrySdkAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
                    OpenTelemetryTracingAutoConfiguration.class, TracingAutoConfiguration.class))
            .withBean(RecordedSpans.class, RecordedSpans::new);

    @Test
    void aStatementInATraceIsAClientSpanOfItAndNoMeter() {
        service.run(context -> {
            Tracer tracer = context.getBean(Tracer.class);
            ObservationRegistry observations = context.getBean(ObservationRegistry.class);
            var refund = tracer.nextSpan().name("refund").start();
            try (var inTrace = tracer.withSpan(refund)) {
                Observation connection = Observation.start("jdbc.connection", ConnectionContext::new, observations);
                try (var open = connection.openScope()) {
                    Observation.start("jdbc.query", QueryContext::new, observations).stop();
                } finally {
                    connection.stop();
                }
            } finally {
                refund.end();
            }

            List<SpanData> spans = context.getBean(RecordedSpans.class).inTrace(refund.context().traceId());
            assertThat(spans).filteredOn(span -> span.getKind() == SpanKind.CLIENT).hasSize(2);
            assertThat(context.getBean(MeterRegistry.class).getMeters())
                    .noneMatch(meter -> meter.getId().getName().startsWith("jdbc"));
        });
    }

    @Test
    void otherObservationsKeepTheirTimerWithoutALongTaskTimer() {
        service.run(context -> {
            Observation.start("refund.work", context.getBean(ObservationRegistry.class)).stop();

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.find("refund.work").timer()).isNotNull();
            assertThat(meters.getMeters()).noneMatch(meter -> meter instanceof LongTaskTimer);
        });
    }
}
