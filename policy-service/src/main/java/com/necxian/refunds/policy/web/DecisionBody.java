package com.necxian.refunds.policy.web;

import java.util.ArrayList;
import java.util.List;

import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.money.Money;
import com.necxian.refunds.policy.messaging.ReviewDesk.ReviewerDecision;

/**
 * A reviewer's decision as sent by the review API (JSON) or the console (form). {@code reviewer} is accepted for older
 * clients and ignored: the decider is the authenticated reviewer.
 */
record DecisionBody(String decision, String amount, String resolution, List<String> clauses, String note,
        String reviewer) {

    /** The decision for {@link com.necxian.refunds.policy.messaging.ReviewDesk}, or InvalidRequest naming each field. */
    ReviewerDecision verdict(String currency, String decider) {
        List<FieldProblem> problems = new ArrayList<>();
        if ("APPROVE".equals(decision)) {
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
            check(problems);
            return new ReviewerDecision(true, minor, chosen, clauseList(), note, decider);
        }
        if ("DENY".equals(decision)) {
            if (clauses == null || clauses.isEmpty()) {
                problems.add(new FieldProblem("clauses", "a denial names the clauses it rests on"));
            }
            if (note == null || note.isBlank()) {
                problems.add(new FieldProblem("note", "a denial tells the customer why"));
            }
            check(problems);
            return new ReviewerDecision(false, 0, null, clauseList(), note, decider);
        }
        problems.add(new FieldProblem("decision", "must be APPROVE or DENY"));
        check(problems);
        throw new IllegalStateException("unreachable");
    }

    private List<String> clauseList() {
        return clauses == null ? List.of() : List.copyOf(clauses);
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid review decision", problems);
        }
    }
}
