package com.necxian.refunds.messaging.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context ({@code traceparent}) of one refund where the Kafka observations cannot carry it: from a
 * request thread into an outbox row and back out on the relay thread, and from each record of a batch listener's
 * poll to the thread that handles it. {@link #open} makes the trace current the OpenTelemetry way, so the Micrometer
 * bridge puts its {@code traceId}/{@code spanId} into the logs' MDC and the next Kafka send continues the trace.
 * Without a tracer (no current span) every method is a no-op.
 */
public final class TraceParents {

    /** The W3C header name, also the Kafka record header the observations write. */
    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> SINGLE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The current span's traceparent, or null when no trace is current on this thread. */
    public static String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * Makes the trace of {@code traceparent} current on this thread until the scope is closed (in place of whatever
     * was current); a no-op scope for null or a malformed value.
     */
    public static Scope open(String traceparent) {
        if (traceparent == null) {
            return Scope.noop();
        }
        Context context = W3C.extract(Context.root(), traceparent, SINGLE);
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return Scope.noop();
        }
        return context.makeCurrent();
    }

    /** {@link #open} with the record's last {@code traceparent} header. */
    public static Scope open(ConsumerRecord<?, ?> record) {
        return open(of(record.headers()));
    }

    /** The last {@code traceparent} header, or null. */
    public static String of(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The 32 hex digits of the trace id in a traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Context context = W3C.extract(Context.root(), traceparent, SINGLE);
        var span = Span.fromContext(context).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
