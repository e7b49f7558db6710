package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.ENGINE;
import static com.necxian.refunds.policy.domain.Fixtures.SETTINGS;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static com.necxian.refunds.policy.domain.ProductType.PHYSICAL;
import static com.necxian.refunds.policy.domain.ProductType.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15 item 11: some units of a line are refunded, pro-rated, and the rest can be asked for later; never more
 * units than bought (REQ-DUPLICATE). A line of 3 units for 299.70 EUR, regular and delivered 5 days ago, is row 17
 * (STD-1) for every unit.
 */
class PartialQuantitiesTest {

    private static final long PAID = 29_970;

    private static RefundRequest units(int toRefund) {
        return request(line(PHYSICAL).amount(PAID).units(3, toRefund)).build();
    }

    @ParameterizedTest(name = "{0} minor for {1} units: units {2}+1..{2}+{3} are worth {4}")
    @CsvSource({
            "29970, 3, 0, 1, 9990", "29970, 3, 1, 2, 19980", "29970, 3, 0, 3, 29970",
            "1000, 3, 0, 1, 333", "1000, 3, 1, 1, 333", "1000, 3, 2, 1, 334", "1000, 3, 0, 2, 666",
            "1001, 3, 0, 1, 333", "1001, 3, 1, 2, 668", "2, 3, 0, 1, 0", "2, 3, 1, 2, 2",
            "19900, 1, 0, 1, 19900", "1000, 3, 2, 2, 0", "1000, 3, 0, 0, 0"})
    void a_unit_is_worth_the_amount_divided_rounded_down_with_the_remainder_on_the_last_units(
            long amount, int quantity, int before, int units, long expected) {
        assertThat(UnitShare.of(amount, quantity, before, units)).isEqualTo(expected);
    }

    @Test
    void refunding_every_unit_in_any_steps_totals_exactly_what_was_paid() {
        for (long amount : new long[] {1, 2, 999, 1_000, 1_001, 29_970, 123_457}) {
            for (int quantity = 1; quantity <= 7; quantity++) {
                long total = 0;
                for (int before = 0; before < quantity; before += 2) {
                    total += UnitShare.of(amount, quantity, before, Math.min(2, quantity - before));
                }
                assertThat(total).as("%d for %d units", amount, quantity).isEqualTo(amount);
            }
        }
    }

    @Test
    void std_1_one_of_three_units_is_approved_for_its_share() {
        RefundDecision decision = ENGINE.decide(units(1), SETTINGS, OrderHistory.empty());

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(decision.approvedAmountMinor()).isEqualTo(9_990);
        assertThat(decision.lines().get(0).amountMinor()).isEqualTo(9_990);
        assertThat(decision.lines().get(0).tableRow()).isEqualTo("17");
        assertThat(decision.clauses()).containsExactly("STD-1", "PROC-4");
    }

    @Test
    void the_remaining_units_are_approved_later_and_a_third_request_is_denied_as_req_duplicate() {
        RefundRequest first = units(1);
        OrderHistory afterFirst = OrderHistory.empty().after(ENGINE.decide(first, SETTINGS, OrderHistory.empty()),
                first);
        RefundRequest second = units(2);
        RefundDecision rest = ENGINE.decide(second, SETTINGS, afterFirst);
        OrderHistory afterSecond = afterFirst.after(rest, second);

        RefundDecision third = ENGINE.decide(units(1), SETTINGS, afterSecond);

        assertThat(afterFirst).isEqualTo(new OrderHistory(Map.of("1", 1), 9_990, PAID));
        assertThat(rest.outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(rest.approvedAmountMinor()).isEqualTo(19_980);
        assertThat(rest.clauses()).containsExactly("STD-1", "PROC-4");
        assertThat(afterSecond).isEqualTo(new OrderHistory(Map.of("1", 3), PAID, PAID));
        assertThat(third.outcome()).isEqualTo(RequestOutcome.DENIED);
        assertThat(third.clauses()).containsExactly(PseudoClause.DUPLICATE);
        assertThat(third.lines().get(0).explanation()).contains("already refunded");
    }

    @Test
    void req_duplicate_more_units_than_are_left_are_denied_and_say_how_many_are_left() {
        OrderHistory oneRefunded = new OrderHistory(Map.of("1", 1), 9_990, PAID);

        RefundDecision decision = ENGINE.decide(units(3), SETTINGS, oneRefunded);

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
        assertThat(decision.approvedAmountMinor()).isZero();
        assertThat(decision.lines().get(0).clauses()).containsExactly(PseudoClause.DUPLICATE);
        assertThat(decision.lines().get(0).explanation()).contains("Only 2 of the 3 units");
        assertThat(oneRefunded.after(decision, units(3))).isEqualTo(oneRefunded);
    }

    @Test
    void req_duplicate_a_line_refunded_whole_before_units_were_counted_is_denied_for_any_units() {
        OrderHistory legacy = new OrderHistory(Map.of("1", OrderHistory.ALL_UNITS), PAID, PAID);

        RefundDecision decision = ENGINE.decide(units(1), SETTINGS, legacy);

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
        assertThat(decision.clauses()).containsExactly(PseudoClause.DUPLICATE);
        assertThat(decision.lines().get(0).explanation()).contains("already refunded");
    }

    @Test
    void std_4_denied_units_stay_unrefunded() {
        RefundRequest clearance = request(line(PHYSICAL).amount(PAID).units(3, 1).sale(SaleCondition.CLEARANCE))
                .build();

        RefundDecision decision = ENGINE.decide(clearance, SETTINGS, OrderHistory.empty());

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
        assertThat(OrderHistory.empty().after(decision, clearance)).isEqualTo(OrderHistory.empty());
    }

    @ParameterizedTest(name = "quantity {0}, quantityToRefund {1} -> REQ-INPUT")
    @CsvSource({"3, 0", "3, 4", "0, 1"})
    void req_input_units_outside_1_to_quantity_go_to_review(int quantity, int toRefund) {
        RefundRequest odd = request(line(PHYSICAL).amount(PAID).units(quantity, toRefund)).build();

        RefundDecision decision = ENGINE.decide(odd, SETTINGS, OrderHistory.empty());

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
        assertThat(decision.clauses()).contains(PseudoClause.INPUT);
        assertThat(decision.problems()).anyMatch(p -> p.contains("quantity"));
    }

    /** STD-2 counts what is approved, the units' share, not what the whole line cost. */
    @Test
    void std_2_the_threshold_sees_the_units_share() {
        RefundRequest oneOfThree = request(line(PHYSICAL).amount(240_000).units(3, 1)).build();

        RefundDecision decision = ENGINE.decide(oneOfThree, SETTINGS, OrderHistory.empty());

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(decision.approvedAmountMinor()).isEqualTo(80_000);
    }

    /** SUB-3 pro-rates the units' share, not the line, over the unused time. */
    @Test
    void sub_3_the_unused_share_is_of_the_units_refunded() {
        RefundRequest all = request(line(SUBSCRIPTION).amount(30_000).units(2, 2))
                .reason(RefundReason.TECHNICAL_ISSUE).build();
        RefundRequest half = request(line(SUBSCRIPTION).amount(30_000).units(2, 1))
                .reason(RefundReason.TECHNICAL_ISSUE).build();

        long whole = ENGINE.decide(all, SETTINGS, OrderHistory.empty()).suggestedAmountMinor();
        long one = ENGINE.decide(half, SETTINGS, OrderHistory.empty()).suggestedAmountMinor();

        assertThat(whole).isPositive();
        assertThat(one).isEqualTo(whole / 2);
    }
}
