package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.DELIVERED;
import static com.necxian.refunds.policy.domain.Fixtures.ORDERED;
import static com.necxian.refunds.policy.domain.Fixtures.PERIOD_END;
import static com.necxian.refunds.policy.domain.Fixtures.PERIOD_START;
import static com.necxian.refunds.policy.domain.Fixtures.days;
import static com.necxian.refunds.policy.domain.Fixtures.decide;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Edges of the time windows and of pro-rating: "exactly N days" is still within. */
class BoundaryTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    static Stream<Arguments> windows() {
        Instant digitalEdge = days(DELIVERED, 7);
        Instant returnEdge = days(DELIVERED, 30);
        Instant orderEdge = days(ORDERED, 30);
        return Stream.of(
                Arguments.of("digital: exactly 7 days after delivery is within (row 11)",
                        request(line(ProductType.DIGITAL)).receivedAt(digitalEdge), "11"),
                Arguments.of("digital: 7 days and 1 second is too late (row 9)",
                        request(line(ProductType.DIGITAL)).receivedAt(digitalEdge.plus(ONE_SECOND)), "9"),
                Arguments.of("digital issue: exactly 7 days goes to review (row 10)",
                        request(line(ProductType.DIGITAL)).receivedAt(digitalEdge)
                                .reason(RefundReason.TECHNICAL_ISSUE), "10"),
                Arguments.of("physical: exactly the 30-day window is within (row 17)",
                        request(line(ProductType.PHYSICAL)).receivedAt(returnEdge), "17"),
                Arguments.of("physical: window plus 1 second is outside (row 19)",
                        request(line(ProductType.PHYSICAL)).receivedAt(returnEdge.plus(ONE_SECOND)), "19"),
                Arguments.of("physical not delivered: exactly 30 days from the order is within (row 17)",
                        request(line(ProductType.PHYSICAL).deliveredAt(null)).receivedAt(orderEdge), "17"),
                Arguments.of("physical not delivered: plus 1 second is outside (row 19)",
                        request(line(ProductType.PHYSICAL).deliveredAt(null)).receivedAt(orderEdge.plus(ONE_SECOND)),
                        "19"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void window_edges(String name, Fixtures.RequestBuilder request, String expectedRow) {
        assertThat(decide(request).lines().get(0).tableRow()).isEqualTo(expectedRow);
    }

    @Test
    void return_window_is_an_operator_setting() {
        PolicySettings twoWeeks = new PolicySettings(2, 14, Map.of(), 7, 7, 7);
        RefundRequest day15 = request(line(ProductType.PHYSICAL)).receivedAt(days(DELIVERED, 15)).build();

        RefundDecision decision = Fixtures.ENGINE.decide(day15, twoWeeks, OrderHistory.empty());

        assertThat(decision.lines().get(0).tableRow()).isEqualTo("19");
        assertThat(decision.explanation()).contains("14-day");
        assertThat(decision.policyVersion()).isEqualTo(2);
    }

    @Test
    void the_periods_of_the_policy_text_are_not_settings() {
        PolicySettings threeDays = new PolicySettings(3, 30, Map.of(), 3, 7, 7);
        RefundRequest day4 = request(line(ProductType.DIGITAL)).receivedAt(days(DELIVERED, 4)).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.ENGINE.decide(day4, threeDays, OrderHistory.empty()))
                .withMessageContaining("DIG-4");
    }

    @ParameterizedTest(name = "paid {0}, received {1}: suggests {2}")
    @CsvSource({
            // 30-day period from 2026-11-01 to 2026-12-01
            "30000, 2026-11-11T00:00:00Z, 20000",    // 20 of 30 days left
            "1000,  2026-11-11T00:00:00Z, 666",      // 666.67 rounded down
            "1000,  2026-10-20T00:00:00Z, 1000",     // before the period: all of it unused
            "1000,  2026-12-01T00:00:00Z, 0",        // zero-length remainder: exactly at the end
            "1000,  2026-12-05T00:00:00Z, 0",        // after the period
            "1,     2026-11-30T23:59:59Z, 0",        // rounds down to nothing
            "150000, 2026-11-16T00:00:00Z, 75000"    // JPY: half the period left
    })
    void pro_rating_rounds_down(long paid, Instant received, long expected) {
        assertThat(ProRating.unusedPart(paid, PERIOD_START, PERIOD_END, received)).isEqualTo(expected);
    }

    @Test
    void pro_rating_does_not_overflow_on_large_amounts() {
        Instant yearEnd = PERIOD_START.plus(Duration.ofDays(365));
        long paid = 9_000_000_000_000_000L;

        assertThat(ProRating.unusedPart(paid, PERIOD_START, yearEnd, PERIOD_START)).isEqualTo(paid);
    }

    @Test
    void zero_length_remainder_goes_to_review_recommending_deny() {
        RefundDecision decision = decide(request(line(ProductType.SUBSCRIPTION))
                .reason(RefundReason.TECHNICAL_ISSUE).receivedAt(PERIOD_END));

        LineEvaluation line = decision.lines().get(0);
        assertThat(line.tableRow()).isEqualTo("6");
        assertThat(line.outcome()).isEqualTo(LineOutcome.REVIEW);
        assertThat(line.amountMinor()).isZero();
        assertThat(line.recommendation()).isEqualTo(LineOutcome.DENY);
        assertThat(decision.suggestedAmountMinor()).isZero();
        assertThat(decision.recommendation()).isEqualTo(LineOutcome.DENY);
    }

    @Test
    void pro_rated_suggestion_reaches_the_decision() {
        RefundDecision decision = decide(request(line(ProductType.SUBSCRIPTION).amount(3000))
                .reason(RefundReason.TECHNICAL_ISSUE).receivedAt(Instant.parse("2026-11-21T00:00:00Z")));

        assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
        assertThat(decision.reviewCategory()).isEqualTo("PRO_RATED");
        assertThat(decision.recommendation()).isEqualTo(LineOutcome.APPROVE);
        assertThat(decision.suggestedAmountMinor()).isEqualTo(1000);
        assertThat(decision.approvedAmountMinor()).isZero();
        assertThat(decision.explanation()).contains("10.00 EUR");
    }
}
