package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.ENGINE;
import static com.necxian.refunds.policy.domain.Fixtures.SETTINGS;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static com.necxian.refunds.policy.domain.ProductType.PHYSICAL;
import static com.necxian.refunds.policy.domain.ProductType.THIRD_PARTY_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's decision on a case the engine sent to review follows the engine's own rules: REQ-CAP (never more than
 * the units asked for are still worth, nor than the order can still pay back), PROC-4 / PROC-6 by the resolution,
 * PROC-3 from the reviewer's decision time. The cases are third-party services (TPS-1, row 7: always review).
 */
class ReviewerDecisionTest {

    private static final Instant DECIDED_AT = Instant.parse("2026-11-20T09:30:00Z");

    private static RefundRequest thirdParty(long paid, int quantity, int units) {
        return request(line(THIRD_PARTY_SERVICE).amount(paid).units(quantity, units)).build();
    }

    private static ReviewOutcome decide(ReviewerDecision decision, RefundRequest request, OrderHistory history) {
        RefundDecision engine = ENGINE.decide(request, SETTINGS, history);
        assertThat(engine.outcome()).as("the engine sent it to review").isEqualTo(RequestOutcome.REVIEW);
        return decision.applyTo(engine, request, history, SETTINGS, DECIDED_AT);
    }

    private static RefundDecision decided(ReviewOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReviewOutcome.Decided.class);
        return ((ReviewOutcome.Decided) outcome).decision();
    }

    @ParameterizedTest(name = "{0} cites {1}, for the engine and for a reviewer alike")
    @CsvSource({"REFUND, PROC-4", "STORE_CREDIT, PROC-6", "EXCHANGE, PROC-6"})
    void proc_4_or_proc_6_by_the_resolution(Resolution resolution, String clause) {
        RefundDecision byReviewer = decided(decide(ReviewerDecision.approve(5_000, resolution, List.of("TPS-2"),
                "The provider confirmed it."), thirdParty(5_000, 1, 1), OrderHistory.empty()));
        RefundDecision byEngine = Fixtures.decide(request(line(PHYSICAL)).resolution(resolution));

        assertThat(resolution.clause()).isEqualTo(clause);
        assertThat(byReviewer.clauses()).containsExactly("TPS-2", clause);
        assertThat(byReviewer.resolution()).isEqualTo(resolution);
        assertThat(byEngine.clauses()).containsExactly("STD-1", clause);
    }

    @ParameterizedTest(name = "paid {0} for {1} units, {2} asked for, {3} refunded before, {4} approved before: "
            + "at most {5}")
    @CsvSource({
            // REQ-CAP: the units' share still refundable, within what the order can still pay back
            "5000, 1, 1, 0, 0, 5000",
            "5000, 3, 1, 0, 0, 1666",
            "5000, 3, 2, 1, 1666, 3334",
            "5000, 3, 3, 1, 1666, 0",
            "5000, 3, 2, 1, 4000, 1000"})
    void req_cap_a_reviewer_approves_at_most_what_can_still_be_paid_back(long paid, int quantity, int units,
            int before, long approvedBefore, long payable) {
        RefundRequest request = thirdParty(paid, quantity, units);
        OrderHistory history = before == 0 && approvedBefore == 0 ? OrderHistory.empty()
                : new OrderHistory(before == 0 ? Map.of("other", 1) : Map.of("1", before), approvedBefore,
                        before == 0 ? approvedBefore : paid);

        assertThat(history.payableFor(request)).isEqualTo(payable);
        if (payable > 0 && !history.refundedBefore(request.lines().get(0))) {
            assertThat(decided(decide(ReviewerDecision.approve(payable, Resolution.REFUND, List.of(), null),
                    request, history)).approvedAmountMinor()).isEqualTo(payable);
            assertThat(decide(ReviewerDecision.approve(payable + 1, Resolution.REFUND, List.of(), null), request,
                    history)).isEqualTo(new ReviewOutcome.AmountAbovePayable(payable + 1, payable));
        }
    }

    @Test
    void an_approval_spreads_the_amount_over_the_lines_in_order_and_denies_a_line_that_gets_nothing() {
        RefundRequest request = request(line(THIRD_PARTY_SERVICE).id("1").amount(3_000),
                line(THIRD_PARTY_SERVICE).id("2").amount(2_000), line(THIRD_PARTY_SERVICE).id("3").amount(1_000))
                .build();

        RefundDecision approved = decided(decide(ReviewerDecision.approve(4_000, Resolution.REFUND, List.of(),
                "Partly confirmed."), request, OrderHistory.empty()));

        assertThat(approved.lines()).extracting(LineEvaluation::outcome)
                .containsExactly(LineOutcome.APPROVE, LineOutcome.APPROVE, LineOutcome.DENY);
        assertThat(approved.lines()).extracting(LineEvaluation::amountMinor).containsExactly(3_000L, 1_000L, 0L);
        assertThat(approved.lines().get(0).explanation()).endsWith("Partly confirmed.");
        assertThat(approved.clauses()).containsExactly("TPS-1", "TPS-2", "PROC-4");
    }

    @Test
    void proc_3_a_reviewers_approval_is_processed_within_seven_days_of_the_decision_and_counts_in_the_history() {
        RefundRequest request = thirdParty(5_000, 3, 1);

        ReviewOutcome.Decided outcome = (ReviewOutcome.Decided) decide(ReviewerDecision.approve(1_666,
                Resolution.STORE_CREDIT, List.of("TPS-2"), null), request, OrderHistory.empty());

        assertThat(outcome.decision().processBy()).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
        assertThat(outcome.decision().outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(outcome.historyAfter()).isEqualTo(new OrderHistory(Map.of("1", 1), 1_666, 5_000));
    }

    @Test
    void a_denial_denies_every_line_on_the_reviewers_clauses_and_changes_no_history() {
        RefundRequest request = thirdParty(5_000, 1, 1);

        ReviewOutcome.Decided outcome = (ReviewOutcome.Decided) decide(ReviewerDecision.deny(List.of("TPS-1",
                "TPS-2"), "The provider's terms exclude it."), request, OrderHistory.empty());

        assertThat(outcome.decision().outcome()).isEqualTo(RequestOutcome.DENIED);
        assertThat(outcome.decision().clauses()).containsExactly("TPS-1", "TPS-2");
        assertThat(outcome.decision().lines()).allSatisfy(line -> {
            assertThat(line.outcome()).isEqualTo(LineOutcome.DENY);
            assertThat(line.clauses()).containsExactly("TPS-1", "TPS-2");
        });
        assertThat(outcome.decision().processBy()).isNull();
        assertThat(outcome.historyAfter()).isEqualTo(OrderHistory.empty());
    }

    @ParameterizedTest(name = "lines known {0}, request pays {1} and {2}: order paid {3}")
    @CsvSource({
            // what payment caps the refunds of one payment at: known lines once, plus this request's new lines
            "0, 5000, 2000, 7000",
            "5000, 5000, 2000, 7000",
            "9000, 5000, 2000, 16000"})
    void the_order_paid_counts_each_line_once(long knownPaid, long first, long second, long orderPaid) {
        RefundRequest request = request(line(PHYSICAL).id("1").amount(first), line(PHYSICAL).id("2").amount(second))
                .build();
        OrderHistory history = knownPaid == 0 ? OrderHistory.empty()
                : new OrderHistory(Map.of(knownPaid == first ? "1" : "9", 1), 0, knownPaid);

        assertThat(history.paidForOrderMinor(request)).isEqualTo(orderPaid);
    }
}
