package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.ENGINE;
import static com.necxian.refunds.policy.domain.Fixtures.RECEIVED;
import static com.necxian.refunds.policy.domain.Fixtures.SETTINGS;
import static com.necxian.refunds.policy.domain.Fixtures.days;
import static com.necxian.refunds.policy.domain.Fixtures.decide;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static com.necxian.refunds.policy.domain.ProductType.DIGITAL;
import static com.necxian.refunds.policy.domain.ProductType.PHYSICAL;
import static com.necxian.refunds.policy.domain.ProductType.PROFESSIONAL_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules applied after the per-line table: duplicates, cap, threshold, aggregation, resolution, deadlines. */
class RequestRulesTest {

    /** Line 1 is approved (row 17), line 2 denied (row 15). */
    private static Fixtures.RequestBuilder regularAndPromotional() {
        return request(line(PHYSICAL).id("1").amount(19_900),
                line(PHYSICAL).id("2").amount(5_000).sale(SaleCondition.PROMOTIONAL));
    }

    @Nested
    class NoDoubleRefund {

        @Test
        void a_line_refunded_before_is_denied() {
            OrderHistory history = new OrderHistory(Map.of("1", 1), 19_900, 19_900);

            RefundDecision decision = ENGINE.decide(request(line(PHYSICAL)).build(), SETTINGS, history);

            LineEvaluation line = decision.lines().get(0);
            assertThat(line.outcome()).isEqualTo(LineOutcome.DENY);
            assertThat(line.clauses()).containsExactly(PseudoClause.DUPLICATE);
            assertThat(line.tableRow()).isNull();
            assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
            assertThat(decision.clauses()).containsExactly(PseudoClause.DUPLICATE);
        }

        @Test
        void other_lines_of_the_order_are_still_refunded() {
            RefundRequest both = request(line(PHYSICAL).id("1"), line(PHYSICAL).id("2").amount(1_000)).build();
            OrderHistory history = new OrderHistory(Map.of("1", 1), 19_900, 19_900);

            RefundDecision decision = ENGINE.decide(both, SETTINGS, history);

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.APPROVED);
            assertThat(decision.approvedAmountMinor()).isEqualTo(1_000);
            assertThat(decision.clauses()).containsExactly(PseudoClause.DUPLICATE, "STD-1", "PROC-4");
        }

        @Test
        void history_after_an_approval_denies_the_same_line_next_time() {
            RefundRequest first = regularAndPromotional().build();
            RefundDecision approved = ENGINE.decide(first, SETTINGS, OrderHistory.empty());

            OrderHistory history = OrderHistory.empty().after(approved, first);

            assertThat(history).isEqualTo(new OrderHistory(Map.of("1", 1), 19_900, 19_900));
            RefundDecision again = ENGINE.decide(first, SETTINGS, history);
            assertThat(again.lines()).extracting(LineEvaluation::outcome)
                    .containsExactly(LineOutcome.DENY, LineOutcome.DENY);
            assertThat(again.outcome()).isEqualTo(RequestOutcome.DENIED);
        }

        @Test
        void history_is_unchanged_by_a_decision_that_is_not_approved() {
            RefundRequest promo = request(line(PHYSICAL).sale(SaleCondition.CLEARANCE)).build();
            RefundDecision denied = ENGINE.decide(promo, SETTINGS, OrderHistory.empty());

            assertThat(OrderHistory.empty().after(denied, promo)).isEqualTo(OrderHistory.empty());
        }
    }

    @Nested
    class OrderCapRule {

        /** E.g. an earlier approval included more than the known lines' price. */
        @Test
        void approved_amount_is_reduced_to_what_was_paid() {
            OrderHistory history = new OrderHistory(Map.of("A", 1), 25_000, 20_000);

            RefundDecision decision = ENGINE.decide(request(line(PHYSICAL)).build(), SETTINGS, history);

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.APPROVED);
            assertThat(decision.approvedAmountMinor()).isEqualTo(14_900);
            assertThat(decision.lines().get(0).amountMinor()).isEqualTo(14_900);
            assertThat(decision.clauses()).contains("STD-1", PseudoClause.CAP);
            assertThat(decision.explanation()).contains("reduced").contains("149.00 EUR");
        }

        @Test
        void nothing_left_to_refund_denies() {
            OrderHistory history = new OrderHistory(Map.of("A", 1), 40_000, 20_000);

            RefundDecision decision = ENGINE.decide(request(line(PHYSICAL)).build(), SETTINGS, history);

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
            assertThat(decision.approvedAmountMinor()).isZero();
            assertThat(decision.lines().get(0).clauses()).containsExactly("STD-1", PseudoClause.CAP);
        }

        @Test
        void approved_lines_take_the_allowance_before_review_suggestions() {
            RefundRequest mixed = request(line(PROFESSIONAL_SERVICE).id("1").amount(10_000),
                    line(PHYSICAL).id("2").amount(10_000)).reason(RefundReason.NOT_DELIVERED).build();
            OrderHistory history = new OrderHistory(Map.of("A", 1), 25_000, 20_000);

            RefundDecision decision = ENGINE.decide(mixed, SETTINGS, history);

            assertThat(decision.lines()).extracting(LineEvaluation::amountMinor).containsExactly(5_000L, 10_000L);
            assertThat(decision.suggestedAmountMinor()).isEqualTo(15_000);
        }
    }

    @Nested
    class ReviewThreshold {

        @ParameterizedTest(name = "EUR {0} minor -> {1}")
        @CsvSource({"100000, APPROVED", "100001, REVIEW"})
        void above_the_threshold_goes_to_review(long amount, RequestOutcome expected) {
            RefundDecision decision = decide(request(line(PHYSICAL).amount(amount)));

            assertThat(decision.outcome()).isEqualTo(expected);
            if (expected == RequestOutcome.REVIEW) {
                assertThat(decision.reviewCategory()).isEqualTo("THRESHOLD");
                assertThat(decision.clauses()).containsExactly("STD-1", "STD-2");
                assertThat(decision.recommendation()).isEqualTo(LineOutcome.APPROVE);
                assertThat(decision.suggestedAmountMinor()).isEqualTo(amount);
                assertThat(decision.approvedAmountMinor()).isZero();
                assertThat(decision.processBy()).isNull();
            }
        }

        @ParameterizedTest(name = "STD-2 fails closed: {0} without a threshold goes to review")
        @CsvSource({"CHF, 100", "KWD, 1000", "EUR, 100"})
        void a_currency_without_threshold_goes_to_review(String currency, long amount) {
            PolicySettings noneFor = new PolicySettings(1, 30, Map.of("USD", 100_000L), 7, 7, 7);
            RefundRequest small = request(line(PHYSICAL).amount(amount)).currency(currency).build();

            RefundDecision decision = ENGINE.decide(small, noneFor, OrderHistory.empty());

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
            assertThat(decision.reviewCategory()).isEqualTo("THRESHOLD");
            assertThat(decision.clauses()).contains("STD-2");
            assertThat(decision.suggestedAmountMinor()).isEqualTo(amount);
            assertThat(decision.explanation()).contains("always checked by a person");
        }

        @Test
        void a_denial_in_a_currency_without_threshold_moves_no_money_and_stays_denied() {
            RefundDecision decision = decide(request(line(PHYSICAL).sale(SaleCondition.CLEARANCE)).currency("CHF"));

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
        }

        @ParameterizedTest(name = "approved before {0}, this request {1} -> {2}")
        @CsvSource({"60000, 40000, APPROVED", "60000, 40001, REVIEW", "100000, 1, REVIEW"})
        void the_threshold_counts_the_whole_order(long approvedBefore, long amount, RequestOutcome expected) {
            OrderHistory earlier = new OrderHistory(Map.of("1", 1), approvedBefore, approvedBefore);
            RefundRequest split = request(line(PHYSICAL).id("2").amount(amount)).build();

            RefundDecision decision = ENGINE.decide(split, SETTINGS, earlier);

            assertThat(decision.outcome()).isEqualTo(expected);
            if (expected == RequestOutcome.REVIEW) {
                assertThat(decision.reviewCategory()).isEqualTo("THRESHOLD");
                assertThat(decision.clauses()).contains("STD-2");
            }
        }
    }

    @Nested
    class Aggregation {

        @Test
        void partial_approval_keeps_the_denied_lines_clauses() {
            RefundDecision decision = decide(regularAndPromotional());

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.APPROVED);
            assertThat(decision.approvedAmountMinor()).isEqualTo(19_900);
            assertThat(decision.lines()).extracting(LineEvaluation::outcome)
                    .containsExactly(LineOutcome.APPROVE, LineOutcome.DENY);
            assertThat(decision.lines().get(1).clauses()).containsExactly("EXC-2");
            assertThat(decision.clauses()).containsExactly("STD-1", "EXC-2", "PROC-4");
            assertThat(decision.explanation()).contains("199.00 EUR").contains("Item 2: Promotional");
        }

        @Test
        void any_review_line_sends_the_request_to_review() {
            RefundRequest mixed = request(line(PHYSICAL).id("1"), line(PROFESSIONAL_SERVICE).id("2").amount(30_000),
                    line(PHYSICAL).id("3").sale(SaleCondition.CLEARANCE))
                    .reason(RefundReason.SIGNIFICANT_DEVIATION).build();

            RefundDecision decision = ENGINE.decide(mixed, SETTINGS, OrderHistory.empty());

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
            assertThat(decision.reviewCategory()).isEqualTo("PROFESSIONAL_SERVICE");
            assertThat(decision.recommendation()).isEqualTo(LineOutcome.APPROVE);
            assertThat(decision.suggestedAmountMinor()).isEqualTo(19_900 + 30_000);
            assertThat(decision.approvedAmountMinor()).isZero();
            assertThat(decision.lines()).hasSize(3);
            assertThat(decision.resolution()).isEqualTo(Resolution.REFUND);
        }

        @Test
        void a_line_the_engine_cannot_judge_leaves_the_request_without_recommendation() {
            RefundDecision decision = decide(request(line(PHYSICAL).id("1"),
                    line(ProductType.THIRD_PARTY_SERVICE).id("2")));

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
            assertThat(decision.reviewCategory()).isEqualTo("THIRD_PARTY");
            assertThat(decision.recommendation()).isEqualTo(LineOutcome.REVIEW);
        }

        @Test
        void only_denied_lines_deny_the_request() {
            RefundDecision decision = decide(request(line(PHYSICAL).id("1").sale(SaleCondition.PROMOTIONAL),
                    line(DIGITAL).id("2")));

            assertThat(decision.outcome()).isEqualTo(RequestOutcome.DENIED);
            assertThat(decision.clauses()).containsExactly("EXC-2", "DIG-1", "EXC-1");
            assertThat(decision.resolution()).isNull();
            assertThat(decision.recommendation()).isEqualTo(LineOutcome.DENY);
            assertThat(decision.explanation()).startsWith("We cannot refund");
        }
    }

    @Nested
    class ResolutionAndDeadlines {

        @ParameterizedTest(name = "{0} cites {1}")
        @CsvSource({"REFUND, PROC-4", "STORE_CREDIT, PROC-6", "EXCHANGE, PROC-6"})
        void approval_carries_the_preferred_resolution(Resolution preferred, String clause) {
            RefundDecision decision = decide(request(line(PHYSICAL)).resolution(preferred));

            assertThat(decision.resolution()).isEqualTo(preferred);
            assertThat(decision.clauses()).containsExactly("STD-1", clause);
            assertThat(decision.currency()).isEqualTo("EUR");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"NO_LONGER_NEEDED, APPROVED", "DEFECTIVE, REVIEW", "OTHER, DENIED"})
        void respond_by_is_always_set_and_process_by_only_when_approved(RefundReason reason, RequestOutcome outcome) {
            Instant received = days(Fixtures.DELIVERED, reason == RefundReason.NO_LONGER_NEEDED ? 5 : 40);

            RefundDecision decision = decide(request(line(PHYSICAL)).reason(reason).receivedAt(received));

            assertThat(decision.outcome()).isEqualTo(outcome);
            assertThat(decision.respondBy()).isEqualTo(days(received, 7));
            assertThat(decision.processBy()).isEqualTo(outcome == RequestOutcome.APPROVED ? days(received, 7) : null);
            assertThat(decision.policyVersion()).isEqualTo(1);
        }

        @Test
        void deadlines_are_the_seven_days_of_the_policy_text_under_any_version() {
            PolicySettings later = new PolicySettings(4, 14, Map.of("EUR", 100_000L), 7, 7, 7);

            RefundDecision decision = ENGINE.decide(request(line(PHYSICAL)).build(), later, OrderHistory.empty());

            assertThat(decision.respondBy()).isEqualTo(days(RECEIVED, 7));
            assertThat(decision.processBy()).isEqualTo(days(RECEIVED, 7));
            assertThat(decision.policyVersion()).isEqualTo(4);
        }

        @Test
        void process_by_for_a_reviewers_approval() {
            Instant approvedAt = Instant.parse("2026-11-20T09:30:00Z");

            assertThat(PolicyEngine.processBy(approvedAt, SETTINGS)).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
            assertThat(PolicyEngine.respondBy(approvedAt, SETTINGS)).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
        }
    }

    @Test
    void the_engine_refuses_invalid_settings() {
        PolicySettings broken = new PolicySettings(1, 0, Map.of(), 7, 7, 7);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGINE.decide(request(line(PHYSICAL)).build(), broken, OrderHistory.empty()))
                .withMessageContaining("returnWindowDays");
    }

    @Test
    void the_same_input_gives_the_same_decision() {
        RefundRequest request = regularAndPromotional().build();

        assertThat(ENGINE.decide(request, SETTINGS, OrderHistory.empty()))
                .isEqualTo(ENGINE.decide(request, SETTINGS, OrderHistory.empty()));
    }
}
