package com.necxian.refunds.web.tracing;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import net.ttddyy.observation.tracing.ConnectionTracingObservationHandler;
import net.ttddyy.observation.tracing.QueryTracingObservationHandler;

/**
 * The {@link TraceIdHeader} of every service, right after the HTTP observation has opened the request's span, and
 * spans (and no meters) for its JDBC work ({@link JdbcObservation}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"})
@ConditionalOnBean(Tracer.class)
public class TracingAutoConfiguration {

    /** The observation filter runs at {@code HIGHEST_PRECEDENCE + 1}. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    /** Before Boot's generic sender handler, which would otherwise take the JDBC observations (they are senders). */
    static final int JDBC_HANDLER_ORDER = MicrometerTracingAutoConfiguration.SENDER_TRACING_OBSERVATION_HANDLER_ORDER
            - 10;

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class TraceIdHeaderConfiguration {

        @Bean
        FilterRegistrationBean<TraceIdHeader> traceIdHeader(Tracer tracer) {
            var registration = new FilterRegistrationBean<>(new TraceIdHeader(tracer));
            registration.setOrder(ORDER);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DataSource.class)
    static class JdbcConfiguration {

        @Bean
        static JdbcObservation jdbcObservation(ObjectProvider<ObservationRegistry> registry) {
            return new JdbcObservation(registry);
        }

        @Bean
        ObservationPredicate jdbcOnlyInsideATrace(ObjectProvider<Tracer> tracer) {
            return JdbcObservation.onlyInsideATrace(tracer);
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        MeterObservationHandler<?> jdbcWithoutMeters() {
            return new JdbcObservation.SpansOnly();
        }

        @Bean
        @Order(JDBC_HANDLER_ORDER)
        ConnectionTracingObservationHandler jdbcConnectionTracingHandler(Tracer tracer) {
            return new ConnectionTracingObservationHandler(tracer);
        }

        @Bean
        @Order(JDBC_HANDLER_ORDER)
        QueryTracingObservationHandler jdbcQueryTracingHandler(Tracer tracer) {
            return new QueryTracingObservationHandler(tracer);
        }
    }
}
