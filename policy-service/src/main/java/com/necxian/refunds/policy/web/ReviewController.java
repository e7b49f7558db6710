package com.necxian.refunds.policy.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.policy.application.DecideReview;
import com.necxian.refunds.policy.application.ReviewCase;
import com.necxian.refunds.policy.application.ReviewQueue;
import com.necxian.refunds.policy.store.Reviews;
import com.necxian.refunds.web.openapi.ProblemResponses;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The manual review queue and the reviewer's decision. */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews")
class ReviewController {

    static final String EXAMPLE_APPROVE = """
            {"decision": "APPROVE", "amount": "120.00", "resolution": "REFUND", "clauses": ["PRO-2"],
             "note": "The installer confirmed the work was not done."}""";
    static final String EXAMPLE_DENY = """
            {"decision": "DENY", "clauses": ["TPS-1", "TPS-2"],
             "note": "The provider's terms exclude refunds after the event date."}""";

    private final ReviewQueue queue;
    private final DecideReview decide;
    private final Clock clock;

    ReviewController(ReviewQueue queue, DecideReview decide, Clock clock) {
        this.queue = queue;
        this.decide = decide;
        this.clock = clock;
    }

    @Schema(name = "ReviewDecided", description = "What was decided; its event is published right after.")
    record DecisionView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String refundId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"APPROVED", "DENIED"})
            String outcome,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ApiPatterns.DECIMAL, example = "120.00",
                    description = "Approved amount; 0 for a denial") String amount,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ApiPatterns.CURRENCY, example = "EUR")
            String currency,
            @Schema(description = "APPROVED only", allowableValues = {"REFUND", "STORE_CREDIT", "EXCHANGE"},
                    nullable = true)
            String resolution,
            @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED),
                    schema = @Schema(example = "PROC-4"))
            List<String> clauses,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The authenticated reviewer")
            String decidedBy,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid",
                    description = "The RefundApproved / RefundDenied event's id")
            String eventId) {

        static DecisionView of(DecideReview.Decided decided) {
            return new DecisionView(decided.refundId(), decided.outcome().name(),
                    Money.decimal(decided.amountMinor(), decided.currency()), decided.currency(),
                    decided.resolution() == null ? null : decided.resolution().name(), decided.clauses(),
                    decided.decidedBy(), decided.eventId());
        }
    }

    @GetMapping
    @Operation(operationId = "listReviews", summary = "The review queue, oldest respondBy first (up to 200)",
            description = "Each case with overdue, the request, the engine's line evaluations and recommendation, "
                    + "and for decided cases the decision.")
    @ApiResponse(responseCode = "200", description = "The cases", content = @Content(mediaType = "application/json",
            array = @ArraySchema(maxItems = ReviewQueue.LIMIT, schema = @Schema(implementation = ReviewView.class))))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    List<ReviewView> list(@Parameter(description = "Which cases", schema = @Schema(allowableValues = {"OPEN",
            "DECIDED"}, defaultValue = "OPEN")) @RequestParam(defaultValue = "OPEN") String state) {
        return queue.inState(state(state)).stream().map(this::view).toList();
    }

    @GetMapping("/{refundId}")
    @Operation(operationId = "getReview", summary = "One review case")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = OpenApiDescription.REVIEW_NOT_FOUND)
    ReviewView one(@Parameter(description = "The refund the case is about") @PathVariable String refundId) {
        return view(queue.find(refundId));
    }

    @PostMapping("/{refundId}/decision")
    @Operation(operationId = "decideReview", summary = "Decide a review case",
            description = "APPROVE with amount and resolution, or DENY with clauses and a note. The decider recorded "
                    + "is the authenticated reviewer (a reviewer field in the body is ignored). The decision and its "
                    + "RefundApproved / RefundDenied commit together (outbox) and are published right after.")
    @ApiResponse(responseCode = "200", description = "Decided")
    @ApiResponse(responseCode = "400", ref = OpenApiDescription.INVALID_DECISION)
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = OpenApiDescription.REVIEW_NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = OpenApiDescription.REVIEW_ALREADY_DECIDED)
    @ApiResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    DecisionView decide(@Parameter(description = "The refund the case is about") @PathVariable String refundId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "approve", value = EXAMPLE_APPROVE),
                    @ExampleObject(name = "deny", value = EXAMPLE_DENY)})) @RequestBody DecisionBody body,
            Principal reviewer) {
        String currency = queue.find(refundId).currency();
        return DecisionView.of(decide.decide(refundId, body.verdict(currency), reviewer.getName()));
    }

    private ReviewView view(ReviewCase reviewCase) {
        return ReviewView.of(reviewCase, clock.instant());
    }

    private static Reviews.State state(String state) {
        try {
            return Reviews.State.valueOf(state);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("The review query has an invalid parameter; it is listed in errors.",
                    List.of(new FieldProblem("state", "must be OPEN or DECIDED")));
        }
    }
}
