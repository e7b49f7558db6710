package com.necxian.refunds.policy.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.policy.domain.LineEvaluation;
import com.necxian.refunds.policy.domain.LineOutcome;
import com.necxian.refunds.policy.domain.OrderHistory;
import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.domain.RefundRequest;
import com.necxian.refunds.policy.domain.RequestOutcome;
import com.necxian.refunds.policy.store.Decisions;
import com.necxian.refunds.policy.store.OrderHistories;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.Reviews;

/**
 * A reviewer's decision on a case: published exactly like the policy's own (RefundApproved / RefundDenied), with
 * the reviewer as the decider. The event goes to the outbox in the same database transaction as the decision, so
 * both commit or neither does; the outbox relay (messaging-support) publishes it once the transaction committed.
 */
@Component
public class ReviewDesk {

    private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

    public static class ReviewNotFound extends RuntimeException {
        public ReviewNotFound(String refundId) {
            super("No review case for refund " + refundId + ".");
        }
    }

    public static class AlreadyDecided extends RuntimeException {
        AlreadyDecided(Reviews.Review review) {
            super("Refund " + review.refundId() + " was already decided (" + review.decision() + ") by "
                    + review.decidedBy() + ".");
        }
    }

    public static class AmountAboveWhatWasPaid extends RuntimeException {
        AmountAboveWhatWasPaid(long amountMinor, long payableMinor, String currency) {
            super("The amount (" + amountMinor + " minor units of " + currency + ") is above what can still be paid "
                    + "back for this request: " + payableMinor + ".");
        }
    }

    /** APPROVE: amountMinor and resolution; DENY: clauses and note. */
    public record ReviewerDecision(boolean approve, long amountMinor, Resolution resolution, List<String> clauses,
            String note, String reviewer) {
    }

    private final Reviews reviews;
    private final Decisions decisions;
    private final OrderHistories histories;
    private final PolicyVersions versions;
    private final Outbox outbox;
    private final Clock clock;

    ReviewDesk(Reviews reviews, Decisions decisions, OrderHistories histories, PolicyVersions versions,
            Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.histories = histories;
        this.versions = versions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SpecificRecord decide(String refundId, ReviewerDecision verdict) {
        Reviews.Review review = reviews.lock(refundId).orElseThrow(() -> new ReviewNotFound(refundId));
        if (review.state() != Reviews.State.OPEN) {
            throw new AlreadyDecided(review);
        }
        Decisions.Recorded recorded = decisions.find(refundId).orElseThrow(() -> new ReviewNotFound(refundId));
        RefundRequested request = recorded.request();
        Instant now = clock.instant();
        SpecificRecord event = verdict.approve() ? approve(recorded, verdict, now) : deny(recorded, verdict, now);
        reviews.decide(refundId, new Reviews.Verdict(verdict.approve() ? "APPROVE" : "DENY", verdict.reviewer(),
                verdict.approve() ? verdict.amountMinor() : null,
                verdict.approve() ? verdict.resolution().name() : null, clausesOf(event), verdict.note(), now));
        outbox.add(event);
        log.info("refund {} of order {}: {} by reviewer", refundId, request.getOrderNumber(),
                verdict.approve() ? "APPROVED" : "DENIED");
        return event;
    }

    /** What a reviewer may still approve for this request, in minor units: the same limit {@link #decide} applies. */
    public long payable(Decisions.Recorded recorded) {
        RefundRequested request = recorded.request();
        return payable(RequestMapping.toDomain(request), histories.read(request.getOrderNumber()));
    }

    private SpecificRecord approve(Decisions.Recorded recorded, ReviewerDecision verdict, Instant now) {
        RefundRequested request = recorded.request();
        RefundRequest domainRequest = RequestMapping.toDomain(request);
        OrderHistory history = histories.lock(request.getOrderNumber());
        long payable = payable(domainRequest, history);
        if (verdict.amountMinor() > payable) {
            throw new AmountAboveWhatWasPaid(verdict.amountMinor(), payable, request.getCurrency());
        }
        RefundDecision engine = recorded.decision();
        List<LineEvaluation> lines = allocate(engine.lines(), domainRequest, history, verdict);
        RefundDecision approved = new RefundDecision(RequestOutcome.APPROVED, lines, verdict.amountMinor(),
                engine.currency(), com.necxian.refunds.policy.domain.Resolution.valueOf(verdict.resolution().name()),
                clauses(verdict, engine), engine.explanation(), null, LineOutcome.APPROVE, verdict.amountMinor(),
                engine.problems(), engine.respondBy(), null, engine.policyVersion());
        histories.save(request.getOrderNumber(), request.getRefundId(), history,
                history.after(approved, domainRequest));
        Instant processBy = PolicyEngine.processBy(now, settingsOf(engine.policyVersion()));
        return DecisionEvents.approved(request, history, approved, verdict.amountMinor(), verdict.resolution(),
                processBy, approved.clauses(), verdict.reviewer(), verdict.note(), now);
    }

    private SpecificRecord deny(Decisions.Recorded recorded, ReviewerDecision verdict, Instant now) {
        RefundDecision engine = recorded.decision();
        List<LineEvaluation> lines = engine.lines().stream().map(line -> new LineEvaluation(line.lineId(),
                LineOutcome.DENY, 0, verdict.clauses(), verdict.note(), line.tableRow(), LineOutcome.DENY, null))
                .toList();
        return DecisionEvents.denied(recorded.request(), engine.policyVersion(), DecisionEvents.lines(lines),
                verdict.clauses(), verdict.reviewer(), verdict.note(), now);
    }

    /**
     * Spreads the approved amount over the lines the engine did not deny, in order, each up to the share of its
     * requested units still refundable (0 for units refunded before). A line that gets nothing is denied, so it
     * stays refundable later.
     */
    private static List<LineEvaluation> allocate(List<LineEvaluation> lines, RefundRequest request,
            OrderHistory history, ReviewerDecision verdict) {
        long left = verdict.amountMinor();
        List<LineEvaluation> allocated = new ArrayList<>();
        for (LineEvaluation line : lines) {
            long refundable = request.lines().stream().filter(l -> l.lineId().equals(line.lineId()))
                    .mapToLong(history::refundableMinor).findFirst().orElse(0);
            long share = line.outcome() == LineOutcome.DENY ? 0 : Math.min(left, refundable);
            left -= share;
            String explanation = verdict.note() == null || verdict.note().isBlank() ? line.explanation()
                    : line.explanation() + " " + verdict.note();
            allocated.add(share > 0
                    ? new LineEvaluation(line.lineId(), LineOutcome.APPROVE, share, line.clauses(), explanation,
                            line.tableRow(), LineOutcome.APPROVE, null)
                    : new LineEvaluation(line.lineId(), LineOutcome.DENY, 0, line.clauses(), line.explanation(),
                            line.tableRow(), LineOutcome.DENY, null));
        }
        return allocated;
    }

    private static long payable(RefundRequest request, OrderHistory history) {
        long requested = request.lines().stream().mapToLong(history::refundableMinor).filter(amount -> amount > 0)
                .sum();
        return Math.min(requested, history.allowanceFor(request));
    }

    private static List<String> clauses(ReviewerDecision verdict, RefundDecision engine) {
        List<String> clauses = new ArrayList<>(verdict.clauses() == null || verdict.clauses().isEmpty()
                ? engine.clauses() : verdict.clauses());
        String resolutionClause = verdict.resolution() == Resolution.REFUND ? "PROC-4" : "PROC-6";
        if (!clauses.contains(resolutionClause)) {
            clauses.add(resolutionClause);
        }
        return clauses;
    }

    private PolicySettings settingsOf(int version) {
        return versions.find(version).orElseGet(versions::current).settings();
    }

    private static List<String> clausesOf(SpecificRecord event) {
        @SuppressWarnings("unchecked")
        List<String> clauses = (List<String>) event.get(event.getSchema().getField("clauses").pos());
        return clauses;
    }
}
