package com.necxian.refunds.web.tracing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import io.micrometer.tracing.Tracer;

/** The {@link TraceIdHeader} of every service, right after the HTTP observation has opened the request's span. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(Tracer.class)
public class TracingAutoConfiguration {

    /** The observation filter runs at {@code HIGHEST_PRECEDENCE + 1}. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<TraceIdHeader> traceIdHeader(Tracer tracer) {
        var registration = new FilterRegistrationBean<>(new TraceIdHeader(tracer));
        registration.setOrder(ORDER);
        return registration;
    }
}
