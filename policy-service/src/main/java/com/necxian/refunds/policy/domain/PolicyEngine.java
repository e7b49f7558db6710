package com.necxian.refunds.policy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a refund request by policy-rules.md: each line through the decision table (or a
 * request-level rule: already refunded, inconsistent input), then the order cap, the review
 * threshold and the aggregation. Deterministic: "now" is {@code request.receivedAt()}.
 */
public final class PolicyEngine {

    /** @throws IllegalArgumentException when {@code settings.validate()} finds problems */
    public RefundDecision decide(RefundRequest request, PolicySettings settings, OrderHistory history) {
        requireValid(settings);
        OrderHistory known = Objects.requireNonNullElse(history, OrderHistory.empty());
        List<String> requestProblems = InputCheck.ofRequest(request);
        List<String> problems = new ArrayList<>(requestProblems);
        List<LineEvaluation> evaluated = new ArrayList<>();
        for (OrderLine line : request.lines()) {
            List<String> lineProblems = known.refundedBefore(line) ? List.of()
                    : InputCheck.ofLine(line, request);
            problems.addAll(lineProblems);
            evaluated.add(evaluate(line, requestProblems.isEmpty() && lineProblems.isEmpty(), request, settings, known));
        }
        List<LineEvaluation> lines = OrderCap.apply(evaluated, known.allowanceFor(request));
        Optional<Long> threshold = settings.reviewThresholdMinor(request.currency());
        RequestVerdict verdict = RequestVerdict.of(lines, !requestProblems.isEmpty(), threshold,
                known.approvedTotalMinor());
        return assemble(verdict, lines, problems, request, settings);
    }

    /** PROC-2: when the customer must hear the status of a request received at {@code receivedAt}. */
    public static Instant respondBy(Instant receivedAt, PolicySettings settings) {
        return receivedAt == null ? null : receivedAt.plus(Duration.ofDays(settings.respondWithinDays()));
    }

    /** PROC-3: when a refund approved at {@code approvedAt} (by the engine or a reviewer) must be processed. */
    public static Instant processBy(Instant approvedAt, PolicySettings settings) {
        return approvedAt.plus(Duration.ofDays(settings.processWithinDays()));
    }

    private static void requireValid(PolicySettings settings) {
        List<String> problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid policy settings: " + String.join("; ", problems));
        }
    }

    private static LineEvaluation evaluate(OrderLine line, boolean consistent, RefundRequest request,
                                           PolicySettings settings, OrderHistory history) {
        int before = history.unitsRefunded(line.lineId());
        if (history.refundedBefore(line)) {
            return alreadyRefunded(line, before);
        }
        OrderLine units = line.portionAfter(before);
        if (!consistent) {
            return inconsistent(units);
        }
        return DecisionTable.evaluate(new LineFacts(units, request, settings));
    }

    /** REQ-DUPLICATE: never more units than were bought, over all requests of the order. */
    private static LineEvaluation alreadyRefunded(OrderLine line, int before) {
        int left = Math.max(0, line.quantity() - before);
        String explanation = left == 0 || before == OrderHistory.ALL_UNITS
                ? "This item was already refunded by an earlier request for this order."
                : "Only " + left + " of the " + line.quantity() + " units of this item can still be refunded; "
                        + "the others were already refunded by an earlier request for this order.";
        return LineEvaluation.deny(line, null, explanation, PseudoClause.DUPLICATE);
    }

    /** Sends the line to a person when its own input, or the request's, is inconsistent. */
    private static LineEvaluation inconsistent(OrderLine line) {
        return LineEvaluation.review(line, null, RequestVerdict.INCONSISTENT_INPUT,
                LineEvaluation.Recommendation.none(),
                "Some details of this item do not fit together, so a member of our team will check them with you.",
                PseudoClause.INPUT);
    }

    private static RefundDecision assemble(RequestVerdict verdict, List<LineEvaluation> lines, List<String> problems,
                                           RefundRequest request, PolicySettings settings) {
        boolean approved = verdict.outcome() == RequestOutcome.APPROVED;
        Instant respondBy = respondBy(request.receivedAt(), settings);
        Resolution resolution = verdict.outcome() == RequestOutcome.DENIED ? null : request.preferredResolution();
        return new RefundDecision(verdict.outcome(), lines, approved ? verdict.approvedMinor() : 0,
                request.currency(), resolution, clauses(verdict, lines, problems, request),
                CustomerMessage.write(verdict, lines, request, settings, respondBy),
                verdict.reviewCategory(), verdict.recommendation(), verdict.suggestedMinor(), problems, respondBy,
                approved ? processBy(request.receivedAt(), settings) : null, settings.version());
    }

    private static List<String> clauses(RequestVerdict verdict, List<LineEvaluation> lines, List<String> problems,
                                        RefundRequest request) {
        Set<String> clauses = new LinkedHashSet<>();
        lines.forEach(line -> clauses.addAll(line.clauses()));
        if (!problems.isEmpty()) {
            clauses.add(PseudoClause.INPUT);
        }
        if (verdict.overThreshold()) {
            clauses.add("STD-2");
        }
        if (verdict.outcome() == RequestOutcome.APPROVED) {
            clauses.add(request.preferredResolution().clause());
        }
        return List.copyOf(clauses);
    }
}
