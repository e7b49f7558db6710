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
 * Decides one RefundRequested. Runs inside the listener's Kafka transaction; its database transaction commits
 * first, then the Kafka one (events + consumed offset). If the Kafka commit fails the record comes back with the
 * same partition and offset: the stored decision's events are sent again, byte for byte, never a new decision.
 * Another copy of the request (a different record) finds the decision and changes nothing: the record that made
 * it came earlier in the same partition, so its transaction has committed.
 */
@Component
public class DecisionFlow {

    private static final Logger log = LoggerFactory.getLogger(DecisionFlow.class);

    private final PolicyEngine engine;
    private final PolicyVersions versions;
    private final Decisions decisions;
    private final OrderHistories histories;
    private final Reviews reviews;
    private final DecisionPublisher publisher;
    private final Clock clock;

    DecisionFlow(PolicyEngine engine, PolicyVersions versions, Decisions decisions, OrderHistories histories,
            Reviews reviews, DecisionPublisher publisher, Clock clock) {
        this.engine = engine;
        this.versions = versions;
        this.decisions = decisions;
        this.histories = histories;
        this.reviews = reviews;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public void decide(RefundRequested request, Source source) {
        OrderHistory history = histories.lock(request.getOrderNumber());
        Optional<Decisions.Recorded> earlier = decisions.find(request.getRefundId());
        if (earlier.isPresent()) {
            repeat(request, source, earlier.get());
            return;
        }
        RefundDecision decision = engine.decide(RequestMapping.toDomain(request), versions.current().settings(),
                history);
        Instant now = clock.instant();
        SpecificRecord event = DecisionEvents.of(request, decision, now);
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
        publisher.publish(request.getRefundId(), List.of(event));
    }

    private void repeat(RefundRequested request, Source source, Decisions.Recorded earlier) {
        if (earlier.source().equals(source)) {
            log.info("refund {}: redelivered, sending its recorded decision again", request.getRefundId());
            publisher.publish(request.getRefundId(), decisions.events(request.getRefundId()));
        } else {
            log.info("refund {}: already decided, duplicate request event {} ignored", request.getRefundId(),
                    request.getEventId());
        }
    }
}
