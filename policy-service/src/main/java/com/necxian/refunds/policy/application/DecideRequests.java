package com.necxian.refunds.policy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.messaging.PollTransaction;
import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.policy.domain.OrderHistory;
import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.domain.RefundRequest;
import com.necxian.refunds.policy.domain.RequestOutcome;
import com.necxian.refunds.policy.store.Decisions;
import com.necxian.refunds.policy.store.Decisions.Source;
import com.necxian.refunds.policy.store.OrderHistories;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.Reviews;

/**
 * Use case: decide refund requests. The engine decides each RefundRequested; its decision, the order's new history,
 * the review case and the event are recorded together: one database transaction per poll ({@link PollTransaction})
 * holds every decision of the poll and their outbox rows, so a decision and its event commit together or not at all,
 * and the relay publishes the events after the commit. A request whose refund
 * already has a decision (a redelivery after a crash between the commit and the offset commit, or a second copy
 * of the request) changes nothing and publishes nothing new: its event is in the outbox since the decision's commit.
 */
@Component
public class DecideRequests {

    private static final Logger log = LoggerFactory.getLogger(DecideRequests.class);

    private final PolicyEngine engine;
    private final PolicyVersions versions;
    private final Decisions decisions;
    private final OrderHistories histories;
    private final Reviews reviews;
    private final Outbox outbox;
    private final Clock clock;
    private final PollTransaction poll;
    private final DecisionMetrics metrics;

    DecideRequests(PolicyEngine engine, PolicyVersions versions, Decisions decisions, OrderHistories histories,
            Reviews reviews, Outbox outbox, Clock clock, PlatformTransactionManager transactions,
            DecisionMetrics metrics) {
        this.metrics = metrics;
        this.engine = engine;
        this.versions = versions;
        this.decisions = decisions;
        this.histories = histories;
        this.reviews = reviews;
        this.outbox = outbox;
        this.clock = clock;
        this.poll = new PollTransaction(transactions);
    }

    /**
     * Decides every record of one poll in one database transaction. A record that cannot be decided is reported to
     * the error handler by its index once the records before it are committed (see {@link PollTransaction}).
     */
    public void decideAll(List<ConsumerRecord<String, RefundRequested>> records) {
        poll.handle(records, record -> decide(record.value(), new Source(record.partition(), record.offset())));
    }

    /**
     * Decides one request inside the caller's transaction and writes its event to the outbox; returns the event, or
     * nothing when the refund was decided before.
     */
    public Optional<SpecificRecord> decide(RefundRequested request, Source source) {
        OrderHistory history = histories.lock(request.getOrderNumber());
        Optional<Decisions.Recorded> earlier = decisions.find(request.getRefundId());
        if (earlier.isPresent()) {
            log.info("refund {}: already decided (from {}), {} {} changes nothing", request.getRefundId(),
                    earlier.get().source(), earlier.get().source().equals(source) ? "redelivered record"
                            : "duplicate request event", request.getEventId());
            return Optional.empty();
        }
        // CHG-1: decided under the version in force when the request was received, not when it is processed
        RefundRequest domainRequest = DomainRequest.of(request);
        RefundDecision decision = engine.decide(domainRequest, versions.inForceAt(request.getOccurredAt()).settings(),
                history);
        Instant now = clock.instant();
        SpecificRecord event = DecisionEvents.ofPolicy(request, decision, history, now);
        decisions.record(request, source, decision, now);
        if (decision.outcome() == RequestOutcome.APPROVED) {
            histories.save(request.getOrderNumber(), request.getRefundId(), history,
                    history.after(decision, domainRequest));
        }
        if (decision.outcome() == RequestOutcome.REVIEW) {
            reviews.open(request.getRefundId(), request.getOrderNumber(), DecisionEvents.respondBy(request, decision),
                    now);
        }
        outbox.add(event);
        metrics.decided(decision, request.getOccurredAt(), now);
        log.info("refund {} of order {}: {} under policy version {}", request.getRefundId(),
                request.getOrderNumber(), decision.outcome(), decision.policyVersion());
        return Optional.of(event);
    }
}
