package com.necxian.refunds.policy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.policy.domain.OrderHistory;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.domain.RefundRequest;
import com.necxian.refunds.policy.domain.RequestOutcome;
import com.necxian.refunds.policy.domain.Resolution;
import com.necxian.refunds.policy.domain.ReviewOutcome;
import com.necxian.refunds.policy.domain.ReviewerDecision;
import com.necxian.refunds.policy.store.Decisions;
import com.necxian.refunds.policy.store.OrderHistories;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.Reviews;

/**
 * Use case: a reviewer decides a review case. The domain turns the reviewer's decision into the decision the policy
 * publishes ({@link ReviewerDecision#applyTo}); it is recorded (the case, the order's history) and its RefundApproved
 * or RefundDenied, the reviewer as the decider, goes to the outbox in the same database transaction: both commit or
 * neither does, and the relay publishes the event once the transaction committed.
 */
@Component
public class DecideReview {

    private static final Logger log = LoggerFactory.getLogger(DecideReview.class);

    /** What was decided and published. */
    public record Decided(String refundId, RequestOutcome outcome, long amountMinor, String currency,
            Resolution resolution, List<String> clauses, String decidedBy, String eventId) {
    }

    private final Reviews reviews;
    private final Decisions decisions;
    private final OrderHistories histories;
    private final PolicyVersions versions;
    private final Outbox outbox;
    private final Clock clock;

    DecideReview(Reviews reviews, Decisions decisions, OrderHistories histories, PolicyVersions versions,
            Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.histories = histories;
        this.versions = versions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws ReviewNotFound            no case for the refund
     * @throws ReviewAlreadyDecided      the case was decided before
     * @throws AmountAboveWhatCanBePaid  an approval above what the request can still be paid back
     */
    @Transactional
    public Decided decide(String refundId, ReviewerDecision decision, String reviewer) {
        Reviews.Review review = reviews.lock(refundId).orElseThrow(() -> new ReviewNotFound(refundId));
        if (review.state() != Reviews.State.OPEN) {
            throw new ReviewAlreadyDecided(review);
        }
        Decisions.Recorded recorded = decisions.find(refundId).orElseThrow(() -> new ReviewNotFound(refundId));
        RefundRequested request = recorded.request();
        RefundRequest domainRequest = DomainRequest.of(request);
        OrderHistory history = decision.approves() ? histories.lock(request.getOrderNumber())
                : histories.read(request.getOrderNumber());
        Instant now = clock.instant();
        ReviewOutcome outcome = decision.applyTo(recorded.decision(), domainRequest, history,
                versions.find(recorded.decision().policyVersion()).orElseGet(versions::current).settings(), now);
        if (outcome instanceof ReviewOutcome.AmountAbovePayable above) {
            throw new AmountAboveWhatCanBePaid(above.amountMinor(), above.payableMinor(), request.getCurrency());
        }
        ReviewOutcome.Decided done = (ReviewOutcome.Decided) outcome;
        RefundDecision decided = done.decision();
        if (decided.outcome() == RequestOutcome.APPROVED) {
            histories.save(request.getOrderNumber(), refundId, history, done.historyAfter());
        }
        SpecificRecord event = DecisionEvents.of(request, decided, history, reviewer, decision.note(), now);
        reviews.decide(refundId, new Reviews.Verdict(decision.approves() ? "APPROVE" : "DENY", reviewer,
                decision.approves() ? decided.approvedAmountMinor() : null,
                decision.approves() ? decided.resolution().name() : null, decided.clauses(), decision.note(), now));
        outbox.add(event);
        log.info("refund {} of order {}: {} by reviewer", refundId, request.getOrderNumber(), decided.outcome());
        return new Decided(refundId, decided.outcome(), decided.approvedAmountMinor(), request.getCurrency(),
                decided.resolution(), decided.clauses(), reviewer, eventId(event));
    }

    private static String eventId(SpecificRecord event) {
        return event instanceof RefundApproved approved ? approved.getEventId()
                : ((RefundDenied) event).getEventId();
    }
}
