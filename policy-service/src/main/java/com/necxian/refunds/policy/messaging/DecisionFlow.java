package com.necxian.refunds.policy.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.policy.domain.OrderHistory;
import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.domain.RequestOutcome;
import com.necxian.refunds.policy.store.Decisions;
import com.necxian.refunds.policy.store.Decisions.Source;
import com.necxian.refunds.policy.store.OrderHistories;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.Reviews;

/**
 * Decides one RefundRequested and records it, returning the events to send. The listener calls it inside its
 * Kafka transaction: this database transaction commits first, then the listener sends the events and the Kafka
 * transaction commits them with the consumed offset. If that fails the record comes back with the same partition
 * and offset: the recorded events are returned again, byte for byte, never a new decision. Another copy of the
 * request (a different record) finds the decision and returns nothing: the record that made it came earlier in
 * the same partition, so its Kafka transaction has committed.
 */
@Component
public class DecisionFlow {

    private static final Logger log = LoggerFactory.getLogger(DecisionFlow.class);

    private final PolicyEngine engine;
    private final PolicyVersions versions;
    private final Decisions decisions;
    private final OrderHistories histories;
    private final Reviews reviews;
    private final Clock clock;

    DecisionFlow(PolicyEngine engine, PolicyVersions versions, Decisions decisions, OrderHistories histories,
            Reviews reviews, Clock clock) {
        this.engine = engine;
        this.versions = versions;
        this.decisions = decisions;
        this.histories = histories;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional
    public List<SpecificRecord> decide(RefundRequested request, Source source) {
        OrderHistory history = histories.lock(request.getOrderNumber());
        Optional<Decisions.Recorded> earlier = decisions.find(request.getRefundId());
        if (earlier.isPresent()) {
            return repeat(request, source, earlier.get());
        }
        RefundDecision decision = engine.decide(RequestMapping.toDomain(request), versions.current().settings(),
                history);
        Instant now = clock.instant();
        SpecificRecord event = DecisionEvents.of(request, decision, history, now);
        decisions.record(request, source, decision, now);
        decisions.recordEvents(request.getRefundId(), List.of(event));
        if (decision.outcome() == RequestOutcome.APPROVED) {
            histories.save(request.getOrderNumber(), request.getRefundId(), history,
                    history.after(decision, RequestMapping.toDomain(request)));
        }
        if (decision.outcome() == RequestOutcome.REVIEW) {
            reviews.open(request.getRefundId(), request.getOrderNumber(), DecisionEvents.respondBy(request, decision),
                    now);
        }
        log.info("refund {} of order {}: {} under policy version {}", request.getRefundId(),
                request.getOrderNumber(), decision.outcome(), decision.policyVersion());
        return List.of(event);
    }

    private List<SpecificRecord> repeat(RefundRequested request, Source source, Decisions.Recorded earlier) {
        if (earlier.source().equals(source)) {
            log.info("refund {}: redelivered, sending its recorded decision again", request.getRefundId());
            return decisions.events(request.getRefundId());
        }
        log.info("refund {}: already decided, duplicate request event {} ignored", request.getRefundId(),
                request.getEventId());
        return List.of();
    }
}
