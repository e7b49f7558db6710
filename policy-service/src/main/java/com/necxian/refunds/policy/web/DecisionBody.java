package com.necxian.refunds.policy.web;

import java.util.ArrayList;
import java.util.List;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.policy.domain.Resolution;
import com.necxian.refunds.policy.domain.ReviewerDecision;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reviewer's decision as sent by the review API (JSON) or the console (form). {@code reviewer} is accepted for older
 * clients and ignored: the decider is the authenticated reviewer.
 */
@Schema(name = "ReviewDecision", description = "APPROVE with amount and resolution, or DENY with clauses and a note.")
record DecisionBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"APPROVE", "DENY"})
        String decision,
        @Schema(description = "APPROVE: what to pay back, a decimal string with at most the currency's fraction "
                + "digits, above zero and at most what can still be paid back", pattern = ApiPatterns.DECIMAL,
                maxLength = 20, example = "120.00")
        String amount,
        @Schema(description = "APPROVE: how the money goes back (PROC-4 for REFUND, PROC-6 otherwise)",
                allowableValues = {"REFUND", "STORE_CREDIT", "EXCHANGE"})
        String resolution,
        @ArraySchema(arraySchema = @Schema(description = "The clause IDs the decision rests on; DENY: required. "
                + "APPROVE: the engine's when empty"), maxItems = DecisionBody.MAX_CLAUSES,
                schema = @Schema(maxLength = DecisionBody.MAX_CLAUSE, example = "PRO-2"))
        List<String> clauses,
        @Schema(description = "For the customer; DENY: required", maxLength = DecisionBody.MAX_NOTE)
        String note,
        @Schema(description = "Ignored: the decider is the authenticated reviewer", deprecated = true,
                maxLength = 100)
        String reviewer) {

    static final int MAX_CLAUSES = 20;
    static final int MAX_CLAUSE = 20;
    static final int MAX_NOTE = 2000;

    /** The decision for {@code DecideReview}, or InvalidRequest naming each bad field. */
    ReviewerDecision verdict(String currency) {
        List<FieldProblem> problems = new ArrayList<>();
        checkLimits(problems);
        if ("APPROVE".equals(decision)) {
            return approval(currency, problems);
        }
        if (!"DENY".equals(decision)) {
            problems.add(new FieldProblem("decision", "must be APPROVE or DENY"));
            throw invalid(problems);
        }
        if (clauses == null || clauses.isEmpty()) {
            problems.add(new FieldProblem("clauses", "a denial names the clauses it rests on"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "a denial tells the customer why"));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return ReviewerDecision.deny(clauses, note);
    }

    private ReviewerDecision approval(String currency, List<FieldProblem> problems) {
        Long minor = Money.toMinor(amount, currency).orElse(null);
        if (minor == null || minor <= 0) {
            problems.add(new FieldProblem("amount", "must be a decimal string above zero with at most the "
                    + currency + " fraction digits"));
        }
        Resolution chosen = null;
        try {
            chosen = Resolution.valueOf(String.valueOf(resolution));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("resolution", "must be REFUND, STORE_CREDIT or EXCHANGE"));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return ReviewerDecision.approve(minor, chosen, clauses, note);
    }

    private void checkLimits(List<FieldProblem> problems) {
        if (clauses != null && (clauses.size() > MAX_CLAUSES || clauses.stream()
                .anyMatch(clause -> clause == null || clause.isBlank() || clause.length() > MAX_CLAUSE))) {
            problems.add(new FieldProblem("clauses", "at most " + MAX_CLAUSES + " clause IDs of at most "
                    + MAX_CLAUSE + " characters each"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "at most " + MAX_NOTE + " characters"));
        }
    }

    private static InvalidRequest invalid(List<FieldProblem> problems) {
        return new InvalidRequest("The review decision has invalid fields; each is listed in errors. Nothing was "
                + "decided.", problems);
    }
}
