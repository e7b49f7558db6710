package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.DELIVERED;
import static com.necxian.refunds.policy.domain.Fixtures.ORDERED;
import static com.necxian.refunds.policy.domain.Fixtures.PERIOD_END;
import static com.necxian.refunds.policy.domain.Fixtures.PERIOD_START;
import static com.necxian.refunds.policy.domain.Fixtures.RECEIVED;
import static com.necxian.refunds.policy.domain.Fixtures.days;
import static com.necxian.refunds.policy.domain.Fixtures.decide;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static com.necxian.refunds.policy.domain.ProductType.CUSTOM_SERVICE;
import static com.necxian.refunds.policy.domain.ProductType.PHYSICAL;
import static com.necxian.refunds.policy.domain.ProductType.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.necxian.refunds.policy.domain.Fixtures.RequestBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input the rules cannot decide without guessing goes to a person, with the problem stated. */
class InconsistentInputTest {

    static Stream<Arguments> inconsistent() {
        return Stream.of(
                Arguments.of("subscription without a period",
                        request(line(SUBSCRIPTION).period(null, null)), "subscription period is missing"),
                Arguments.of("subscription without an end",
                        request(line(SUBSCRIPTION).period(PERIOD_START, null)), "subscription period is missing"),
                Arguments.of("subscription ending before it starts",
                        request(line(SUBSCRIPTION).period(PERIOD_END, PERIOD_START)), "does not end after it starts"),
                Arguments.of("subscription of zero length",
                        request(line(SUBSCRIPTION).period(PERIOD_START, PERIOD_START)), "does not end after it starts"),
                Arguments.of("unknown product type", request(line(ProductType.UNKNOWN)), "productType is unknown"),
                Arguments.of("missing product type", request(line(null)), "productType is unknown"),
                Arguments.of("physical with unknown madeToOrder",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.UNKNOWN)), "madeToOrder is unknown"),
                Arguments.of("physical with unknown saleCondition",
                        request(line(PHYSICAL).sale(SaleCondition.UNKNOWN)), "saleCondition is unknown"),
                Arguments.of("physical with missing saleCondition",
                        request(line(PHYSICAL).sale(null)), "saleCondition is unknown"),
                Arguments.of("delivered before it was ordered",
                        request(line(PHYSICAL).deliveredAt(days(ORDERED, -1))), "deliveredAt is before orderedAt"),
                Arguments.of("amount zero", request(line(PHYSICAL).amount(0)), "amountPaid must be more than zero"),
                Arguments.of("amount negative", request(line(PHYSICAL).amount(-100)), "amountPaid must be more than zero"),
                Arguments.of("unknown currency", request(line(PHYSICAL)).currency("XYZ"), "not an ISO 4217 code"),
                Arguments.of("lower-case currency", request(line(PHYSICAL)).currency("eur"), "not an ISO 4217 code"),
                Arguments.of("missing currency", request(line(PHYSICAL)).currency(null), "not an ISO 4217 code"),
                Arguments.of("missing reason", request(line(PHYSICAL)).reason(null), "reason is missing"),
                Arguments.of("missing preferred resolution", request(line(PHYSICAL)).resolution(null),
                        "preferredResolution is missing"),
                Arguments.of("negative evidence count", request(line(PHYSICAL)).evidence(-1), "evidenceCount is negative"),
                Arguments.of("missing order date", request(line(PHYSICAL)).orderedAt(null), "orderedAt is missing"),
                Arguments.of("ordered after the request arrived",
                        request(line(PHYSICAL).deliveredAt(null)).orderedAt(days(RECEIVED, 1)).processedAt(null),
                        "orderedAt is after"),
                Arguments.of("processed before it was ordered",
                        request(line(PHYSICAL)).processedAt(days(ORDERED, -1)), "processedAt is before orderedAt"),
                Arguments.of("processed after the request arrived",
                        request(line(PHYSICAL)).processedAt(days(RECEIVED, 1)), "processedAt is after"),
                Arguments.of("the same lineId twice", request(line(PHYSICAL).id("1"), line(PHYSICAL).id("1")),
                        "lineId 1 appears more than once"),
                Arguments.of("a line without id", request(line(PHYSICAL).id(" ")), "a line has no lineId"),
                Arguments.of("no lines at all", request(), "the request has no lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistent")
    void goes_to_review_with_the_problem_stated(String name, RequestBuilder request, String problem) {
        RefundDecision decision = decide(request);

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
        assertThat(decision.reviewCategory()).isEqualTo("INCONSISTENT_INPUT");
        assertThat(decision.recommendation()).isEqualTo(LineOutcome.REVIEW);
        assertThat(decision.problems()).anySatisfy(text -> assertThat(text).contains(problem));
        assertThat(decision.clauses()).contains(PseudoClause.INPUT);
        assertThat(decision.approvedAmountMinor()).isZero();
        assertThat(decision.processBy()).isNull();
        assertThat(decision.lines()).allSatisfy(line -> {
            assertThat(line.outcome()).isEqualTo(LineOutcome.REVIEW);
            assertThat(line.reviewCategory()).isEqualTo("INCONSISTENT_INPUT");
            assertThat(line.tableRow()).isNull();
            assertThat(line.clauses()).containsExactly(PseudoClause.INPUT);
        });
    }

    @Test
    void a_consistent_line_next_to_an_inconsistent_one_is_still_judged_by_the_table() {
        RefundDecision decision = decide(request(line(PHYSICAL).id("1"), line(SUBSCRIPTION).id("2").period(null, null)));

        assertThat(decision.lines()).extracting(LineEvaluation::tableRow).containsExactly("17", null);
        assertThat(decision.lines()).extracting(LineEvaluation::outcome)
                .containsExactly(LineOutcome.APPROVE, LineOutcome.REVIEW);
        assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
        assertThat(decision.reviewCategory()).isEqualTo("INCONSISTENT_INPUT");
        assertThat(decision.problems()).containsExactly("line 2: subscription period is missing");
    }

    @Test
    void a_custom_service_without_start_date_has_simply_not_started() {
        RefundDecision decision = decide(request(line(CUSTOM_SERVICE).startedAt(null)));

        assertThat(decision.lines().get(0).tableRow()).isEqualTo("3");
        assertThat(decision.problems()).isEmpty();
    }

    @Test
    void a_respond_by_is_given_even_for_bad_input() {
        assertThat(decide(request(line(ProductType.UNKNOWN))).respondBy()).isEqualTo(days(RECEIVED, 7));
    }

    @Test
    void delivery_on_the_order_instant_is_fine() {
        assertThat(decide(request(line(PHYSICAL).deliveredAt(ORDERED))).problems()).isEmpty();
        assertThat(decide(request(line(PHYSICAL).deliveredAt(DELIVERED))).problems()).isEmpty();
    }
}
