package com.necxian.refunds.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Every span the service under test finished, as it ends: a test declares it as a bean (Spring Boot adds each
 * {@link SpanProcessor} bean to the tracer provider) and asserts what was traced, without an exporter.
 */
public class RecordedSpans implements SpanProcessor {

    private final List<SpanData> finished = new CopyOnWriteArrayList<>();

    /** The finished spans of one trace, oldest first. */
    public List<SpanData> inTrace(String traceId) {
        return finished.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        finished.add(span.toSpanData());
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }
}
