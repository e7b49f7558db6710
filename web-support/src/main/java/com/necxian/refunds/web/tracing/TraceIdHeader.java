package com.necxian.refunds.web.tracing;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every request with {@value #NAME}: the id of the trace the request runs in (the one the service's logs
 * carry, and every event the request causes), so a caller can quote it to an operator. Runs inside the HTTP
 * observation, before security, so a refused request has one too.
 */
public class TraceIdHeader extends OncePerRequestFilter {

    public static final String NAME = "X-Trace-Id";

    private final Tracer tracer;

    public TraceIdHeader(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext context = tracer.currentTraceContext().context();
        if (context != null) {
            response.setHeader(NAME, context.traceId());
        }
        chain.doFilter(request, response);
    }
}
