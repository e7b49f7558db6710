package com.necxian.refunds.policy.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reviewer decided on a request the engine sent to review. {@link #applyTo} turns it into the decision the
 * policy publishes, by the same rules the engine's own approvals follow: never more than the units asked for are
 * still worth and the order can still pay back (REQ-CAP), PROC-4 or PROC-6 by the resolution, PROC-3 from the
 * reviewer's decision time.
 *
 * @param amountMinor APPROVE: what to pay back; DENY: 0
 * @param resolution  APPROVE: how; DENY: null
 * @param clauses     APPROVE: the clauses it rests on (empty: the engine's); DENY: the clauses of the denial
 * @param note        for the customer (required for a denial)
 */
public record ReviewerDecision(LineOutcome outcome, long amountMinor, Resolution resolution, List<String> clauses,
        String note) {

    public ReviewerDecision {
        if (outcome != LineOutcome.APPROVE && outcome != LineOutcome.DENY) {
            throw new IllegalArgumentException("a reviewer approves or denies: " + outcome);
        }
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public static ReviewerDecision approve(long amountMinor, Resolution resolution, List<String> clauses,
            String note) {
        return new ReviewerDecision(LineOutcome.APPROVE, amountMinor, resolution, clauses, note);
    }

    public static ReviewerDecision deny(List<String> clauses, String note) {
        return new ReviewerDecision(LineOutcome.DENY, 0, null, clauses, note);
    }

    public boolean approves() {
        return outcome == LineOutcome.APPROVE;
    }

    /**
     * This decision on the case the engine decided as {@code engine}, with the order's {@code history} before it,
     * decided at {@code now} under {@code settings} (the version the engine used).
     */
    public ReviewOutcome applyTo(RefundDecision engine, RefundRequest request, OrderHistory history,
            PolicySettings settings, Instant now) {
        if (!approves()) {
            return new ReviewOutcome.Decided(denial(engine), history);
        }
        long payable = history.payableFor(request);
        if (amountMinor > payable) {
            return new ReviewOutcome.AmountAbovePayable(amountMinor, payable);
        }
        RefundDecision approved = new RefundDecision(RequestOutcome.APPROVED, allocate(engine.lines(), request,
                history), amountMinor, engine.currency(), resolution, approvalClauses(engine), engine.explanation(),
                null, LineOutcome.APPROVE, amountMinor, engine.problems(), engine.respondBy(),
                PolicyEngine.processBy(now, settings), engine.policyVersion());
        return new ReviewOutcome.Decided(approved, history.after(approved, request));
    }

    private RefundDecision denial(RefundDecision engine) {
        List<LineEvaluation> lines = engine.lines().stream().map(line -> new LineEvaluation(line.lineId(),
                LineOutcome.DENY, 0, clauses, note, line.tableRow(), LineOutcome.DENY, null)).toList();
        return new RefundDecision(RequestOutcome.DENIED, lines, 0, engine.currency(), null, clauses, note, null,
                LineOutcome.DENY, 0, engine.problems(), engine.respondBy(), null, engine.policyVersion());
    }

    /**
     * Spreads the amount over the lines the engine did not deny, in order, each up to the share of its requested
     * units still refundable (0 for units refunded before). A line that gets nothing is denied, so it stays
     * refundable later.
     */
    private List<LineEvaluation> allocate(List<LineEvaluation> lines, RefundRequest request, OrderHistory history) {
        long left = amountMinor;
        List<LineEvaluation> allocated = new ArrayList<>();
        for (LineEvaluation line : lines) {
            long refundable = request.lines().stream().filter(l -> l.lineId().equals(line.lineId()))
                    .mapToLong(history::refundableMinor).findFirst().orElse(0);
            long share = line.outcome() == LineOutcome.DENY ? 0 : Math.min(left, refundable);
            left -= share;
            allocated.add(share > 0
                    ? new LineEvaluation(line.lineId(), LineOutcome.APPROVE, share, line.clauses(),
                            withNote(line.explanation()), line.tableRow(), LineOutcome.APPROVE, null)
                    : new LineEvaluation(line.lineId(), LineOutcome.DENY, 0, line.clauses(), line.explanation(),
                            line.tableRow(), LineOutcome.DENY, null));
        }
        return allocated;
    }

    private String withNote(String explanation) {
        return note == null || note.isBlank() ? explanation : explanation + " " + note;
    }

    /** The reviewer's clauses (or the engine's), and the resolution's clause, once. */
    private List<String> approvalClauses(RefundDecision engine) {
        List<String> cited = new ArrayList<>(clauses.isEmpty() ? engine.clauses() : clauses);
        if (!cited.contains(resolution.clause())) {
            cited.add(resolution.clause());
        }
        return cited;
    }
}
