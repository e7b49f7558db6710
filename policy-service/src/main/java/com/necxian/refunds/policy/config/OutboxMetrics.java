package com.necxian.refunds.policy.config;

import org.springframework.stereotype.Component;

import com.necxian.refunds.policy.store.Outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** policy.outbox.unsent: events written but not yet published (grows while Kafka is unreachable). */
@Component
class OutboxMetrics implements MeterBinder {

    private final Outbox outbox;

    OutboxMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("policy.outbox.unsent", outbox, Outbox::countUnsent)
                .description("Reviewer decisions and policy changes written but not yet published").register(registry);
    }
}
