package com.necxian.refunds.messaging.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * How long a refund took from one stage to the next, the same histogram in every service
 * ({@code necxian_refund_stage_latency_seconds}, tag {@code stage}) with buckets at the service levels the
 * dashboard and alerts read. Each service records the stage it ends: policy {@link #RECEIVED_TO_DECIDED}, payment
 * {@link #DECIDED_TO_PROCESSED}, notification {@link #PROCESSED_TO_EMAILED}, intake {@link #EVENT_TO_STATUS_VIEW}
 * (how far the status view is behind the events).
 */
public final class StageLatency {

    public static final String NAME = "necxian.refund.stage.latency";
    public static final String RECEIVED_TO_DECIDED = "received_to_decided";
    public static final String DECIDED_TO_PROCESSED = "decided_to_processed";
    public static final String PROCESSED_TO_EMAILED = "processed_to_emailed";
    public static final String EVENT_TO_STATUS_VIEW = "event_to_status_view";

    static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(4), Duration.ofDays(1)};

    private final Timer timer;

    private StageLatency(Timer timer) {
        this.timer = timer;
    }

    public static StageLatency of(MeterRegistry registry, String stage) {
        return new StageLatency(Timer.builder(NAME).tag("stage", stage)
                .description("Time from the event that started a refund's stage to the one that ended it")
                .serviceLevelObjectives(BUCKETS).minimumExpectedValue(BUCKETS[0])
                .maximumExpectedValue(BUCKETS[BUCKETS.length - 1]).register(registry));
    }

    /** Records {@code to - from}; nothing when either is unknown or the clocks disagree (a negative span). */
    public void record(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return;
        }
        timer.record(Duration.between(from, to));
    }
}
