package com.necxian.refunds.web.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.observation.tracing.ConnectionContext;
import net.ttddyy.observation.tracing.QueryContext;

/** Every DataSource is wrapped; JDBC is observed inside a trace only, everything else as before. */
class JdbcObservationTest {

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final Tracer tracer = new OtelTracer(provider.get("test"), new OtelCurrentTraceContext(), event -> {
    });

    @Test
    void wrapsDataSourcesAndNothingElse() {
        var factory = new StaticListableBeanFactory();
        factory.addBean("observationRegistry", ObservationRegistry.create());
        var observation = new JdbcObservation(factory.getBeanProvider(ObservationRegistry.class));
        DataSource plain = new SimpleDriverDataSource();

        assertThat(observation.postProcessAfterInitialization(plain, "dataSource")).isInstanceOf(ProxyDataSource.class);
        assertThat(observation.postProcessAfterInitialization("not a data source", "name")).isEqualTo("not a data source");
    }

    @Test
    void observesJdbcOnlyInsideATrace() {
        var factory = new StaticListableBeanFactory();
        factory.addBean("tracer", tracer);
        ObservationPredicate predicate = JdbcObservation.onlyInsideATrace(factory.getBeanProvider(Tracer.class));

        assertThat(predicate.test("jdbc.query", new QueryContext())).isFalse();
        assertThat(predicate.test("jdbc.connection", new ConnectionContext())).isFalse();
        assertThat(predicate.test("http.server.requests", new Observation.Context())).isTrue();

        var span = tracer.nextSpan().start();
        try (var inTrace = tracer.withSpan(span)) {
            assertThat(predicate.test("jdbc.query", new QueryContext())).isTrue();
            assertThat(predicate.test("jdbc.connection", new ConnectionContext())).isTrue();
        } finally {
            span.end();
        }
    }
}
