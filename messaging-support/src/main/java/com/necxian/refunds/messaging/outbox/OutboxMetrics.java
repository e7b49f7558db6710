package com.necxian.refunds.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The same two gauges in every service with an outbox, read from the table at scrape time: {@code outbox_unsent}
 * (rows written, not yet acknowledged by the broker: grows while Kafka is unreachable) and
 * {@code outbox_oldest_unsent_seconds} (how far publishing is behind). NaN when the database cannot be read.
 */
public class OutboxMetrics implements MeterBinder {

    private final Outbox outbox;

    public OutboxMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.unsent", outbox, o -> read(o::countUnsent))
                .description("Outbox rows not yet acknowledged by the broker").register(registry);
        Gauge.builder("outbox.oldest.unsent", outbox, o -> read(o::oldestUnsentSeconds)).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet acknowledged by the broker (0 when none)")
                .register(registry);
    }

    private static double read(java.util.function.DoubleSupplier value) {
        try {
            return value.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
