package com.necxian.refunds.policy.config;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.necxian.refunds.policy.store.Reviews;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** policy.reviews.open and policy.reviews.overdue (open past respondBy, PROC-2), read from the queue on scrape. */
@Component
class ReviewMetrics implements MeterBinder {

    private final Reviews reviews;
    private final Clock clock;

    ReviewMetrics(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("policy.reviews.open", reviews, Reviews::countOpen)
                .description("Review cases waiting for a reviewer").register(registry);
        Gauge.builder("policy.reviews.overdue", reviews, queue -> queue.countOverdue(clock.instant()))
                .description("Open review cases past their respondBy (PROC-2)").register(registry);
    }
}
