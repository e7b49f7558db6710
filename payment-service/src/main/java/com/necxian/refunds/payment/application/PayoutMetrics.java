package com.necxian.refunds.payment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.necxian.refunds.messaging.metrics.StageLatency;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.store.RefundPayments;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code necxian_payouts_total{resolution,result}} (each payout's final answer: {@code succeeded} or
 * {@code failed}), the stage latency decided → processed, and {@code payment_payouts_near_process_by}: open payouts
 * whose processBy deadline (PROC-3) is less than {@value #NEAR_HOURS} hours away or passed, read from the ledger at
 * each scrape.
 */
@Component
class PayoutMetrics implements MeterBinder {

    static final int NEAR_HOURS = 24;

    private final MeterRegistry registry;
    private final RefundPayments payments;
    private final Clock clock;
    private final StageLatency decidedToProcessed;

    PayoutMetrics(MeterRegistry registry, RefundPayments payments, Clock clock) {
        this.registry = registry;
        this.payments = payments;
        this.clock = clock;
        this.decidedToProcessed = StageLatency.of(registry, StageLatency.DECIDED_TO_PROCESSED);
    }

    void succeeded(Payout payout, Instant at) {
        finished(payout, "succeeded", at);
    }

    void failed(Payout payout, Instant at) {
        finished(payout, "failed", at);
    }

    private void finished(Payout payout, String result, Instant at) {
        Counter.builder("necxian.payouts").tag("resolution", payout.resolution().name()).tag("result", result)
                .description("Payouts by resolution and final result").register(registry).increment();
        decidedToProcessed.record(payout.approvedAt(), at);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("payment.payouts.near.process.by", payments,
                        ledger -> ledger.countOpenDueBefore(clock.instant().plus(Duration.ofHours(NEAR_HOURS))))
                .description("Open payouts less than " + NEAR_HOURS + " h before (or past) their processBy, PROC-3")
                .register(registry);
    }
}
