package com.necxian.refunds.policy.application;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.necxian.refunds.messaging.metrics.StageLatency;
import com.necxian.refunds.policy.domain.RefundDecision;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code necxian_decisions_total{outcome,clause}} (one count per clause a decision cites, so a clause's share of
 * denials can be read; {@code clause="none"} for a decision citing none) and the stage latency received → decided.
 */
@Component
class DecisionMetrics {

    private final MeterRegistry registry;
    private final StageLatency receivedToDecided;

    DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.receivedToDecided = StageLatency.of(registry, StageLatency.RECEIVED_TO_DECIDED);
    }

    void decided(RefundDecision decision, Instant received, Instant decided) {
        String outcome = decision.outcome().name();
        if (decision.clauses().isEmpty()) {
            count(outcome, "none");
        }
        decision.clauses().forEach(clause -> count(outcome, clause));
        receivedToDecided.record(received, decided);
    }

    private void count(String outcome, String clause) {
        Counter.builder("necxian.decisions").tag("outcome", outcome).tag("clause", clause)
                .description("Decisions by outcome and by each clause they cite").register(registry).increment();
    }
}
