package com.necxian.refunds.policy.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.policy.messaging.ReviewDesk;
import com.necxian.refunds.policy.store.Decisions;
import com.necxian.refunds.policy.store.Reviews;
import com.necxian.refunds.money.Money;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

/** The manual review queue and the reviewer's decision. */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

    private static final int QUEUE_LIMIT = 200;

    static final String EXAMPLE_APPROVE = """
            {"decision": "APPROVE", "amount": "120.00", "resolution": "REFUND", "clauses": ["PRO-2"],
             "note": "The installer confirmed the work was not done."}""";
    static final String EXAMPLE_DENY = """
            {"decision": "DENY", "clauses": ["TPS-1", "TPS-2"],
             "note": "The provider's terms exclude refunds after the event date."}""";

    private final Reviews reviews;
    private final Decisions decisions;
    private final ReviewDesk desk;
    private final Clock clock;

    ReviewController(Reviews reviews, Decisions decisions, ReviewDesk desk, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.desk = desk;
        this.clock = clock;
    }

    record DecisionView(String refundId, String outcome, String amount, String currency, String resolution,
            List<String> clauses, String decidedBy, String eventId) {
    }

    @GetMapping
    @Operation(summary = "The review queue, oldest respondBy first (up to 200)", description = "state OPEN "
            + "(default) or DECIDED; each case with overdue, the request, the engine's line evaluations and "
            + "recommendation, and for decided cases the decision.")
    List<ReviewView> queue(@RequestParam(defaultValue = "OPEN") String state) {
        Reviews.State wanted;
        try {
            wanted = Reviews.State.valueOf(state);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("Invalid review query",
                    List.of(new FieldProblem("state", "must be OPEN or DECIDED")));
        }
        return reviews.inState(wanted, QUEUE_LIMIT).stream().map(this::view).toList();
    }

    @GetMapping("/{refundId}")
    @Operation(summary = "One review case (404 when unknown)")
    ReviewView one(@PathVariable String refundId) {
        return reviews.find(refundId).map(this::view)
                .orElseThrow(() -> new ReviewDesk.ReviewNotFound(refundId));
    }

    @PostMapping("/{refundId}/decision")
    @Operation(summary = "Decide a review case", description = "APPROVE with amount and resolution, or DENY with "
            + "clauses and a note. The decider recorded is the authenticated reviewer (a reviewer field in the "
            + "body is ignored). The decision and its RefundApproved "
            + "/ RefundDenied commit together (outbox) and are published right after. 409 when already decided; "
            + "400 when the amount exceeds what can still be paid back or fields are missing; 404 for an unknown "
            + "case.")
    DecisionView decide(@PathVariable String refundId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "approve", value = EXAMPLE_APPROVE),
                    @ExampleObject(name = "deny", value = EXAMPLE_DENY)})) @RequestBody DecisionBody body,
            Principal reviewer) {
        Decisions.Recorded recorded = decisions.find(refundId)
                .orElseThrow(() -> new ReviewDesk.ReviewNotFound(refundId));
        String currency = recorded.request().getCurrency();
        SpecificRecord event = desk.decide(refundId, body.verdict(currency, reviewer.getName()));
        if (event instanceof RefundApproved approved) {
            return new DecisionView(refundId, "APPROVED", Money.decimal(approved.getAmountMinor(), currency),
                    currency, approved.getResolution().name(), approved.getClauses(), approved.getDecidedBy(),
                    approved.getEventId());
        }
        RefundDenied denied = (RefundDenied) event;
        return new DecisionView(refundId, "DENIED", Money.decimal(0, currency), currency, null,
                denied.getClauses(), denied.getDecidedBy(), denied.getEventId());
    }

    private ReviewView view(Reviews.Review review) {
        Decisions.Recorded recorded = decisions.find(review.refundId()).orElseThrow();
        return ReviewView.of(review, recorded.request(), recorded.decision(), clock.instant());
    }
}
