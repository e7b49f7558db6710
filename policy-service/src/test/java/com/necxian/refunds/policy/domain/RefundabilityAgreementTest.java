package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.DELIVERED;
import static com.necxian.refunds.policy.domain.Fixtures.SETTINGS;
import static com.necxian.refunds.policy.domain.Fixtures.decide;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The label shown at purchase agrees with the engine, for every ProductType x MadeToOrder x
 * SaleCondition. The engine's answer for a combination is derived from a representative request:
 * a buyer who simply changed their mind (NO_LONGER_NEEDED, no evidence) after the point of no
 * return (delivered 5 days ago, order processed, service started, inside the current subscription
 * period), which is within both the return window and the digital complaint window.
 * APPROVED means YES, DENIED means NO, REVIEW means CASE_BY_CASE.
 */
class RefundabilityAgreementTest {

    private static final RefundabilityAtPurchase AT_PURCHASE = new RefundabilityAtPurchase();

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(ProductType.values()).flatMap(type -> Arrays.stream(MadeToOrder.values())
                .flatMap(made -> Arrays.stream(SaleCondition.values())
                        .map(sale -> Arguments.of(type, made, sale))));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("everyCombination")
    void label_agrees_with_the_engine(ProductType type, MadeToOrder made, SaleCondition sale) {
        RefundabilityAnswer answer = AT_PURCHASE.answer(type, made, sale, SETTINGS);
        RefundDecision decision = decide(changeOfMindAfterPointOfNoReturn(type, made, sale));

        assertThat(answer.refundable()).isEqualTo(refundableFrom(decision.outcome()));
        assertThat(answer.clauses()).containsAll(decision.lines().get(0).clauses());
        assertThat(answer.label()).isNotBlank();
        assertThat(answer.policyVersion()).isEqualTo(SETTINGS.version());
    }

    /** Labels that promise a case-by-case look at recalls and defects (EXC-3) are kept by the engine. */
    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("everyCombination")
    void recalls_are_reviewed_where_the_label_says_so(ProductType type, MadeToOrder made, SaleCondition sale) {
        RefundabilityAnswer answer = AT_PURCHASE.answer(type, made, sale, SETTINGS);
        if (!answer.clauses().contains("EXC-3")) {
            return;
        }
        RefundDecision recall = decide(request(line(type).madeToOrder(made).sale(sale))
                .reason(RefundReason.PRODUCT_RECALL));

        assertThat(recall.outcome()).isEqualTo(RequestOutcome.REVIEW);
        assertThat(recall.clauses()).contains("EXC-3");
    }

    @Test
    void labels_carry_the_operator_settings() {
        PolicySettings settings = new PolicySettings(5, 14, Map.of(), 7, 7, 7);

        RefundabilityAnswer regular = AT_PURCHASE.answer(ProductType.PHYSICAL, MadeToOrder.NONE,
                SaleCondition.REGULAR, settings);
        RefundabilityAnswer digital = AT_PURCHASE.answer(ProductType.DIGITAL, MadeToOrder.NONE,
                SaleCondition.REGULAR, settings);

        assertThat(regular.label()).contains("14 days");
        assertThat(regular.policyVersion()).isEqualTo(5);
        assertThat(digital.refundable()).isEqualTo(Refundable.NO);
        assertThat(digital.label()).contains("once delivered").contains("7 days");
    }

    @Test
    void missing_values_are_answered_like_unknown_ones() {
        assertThat(AT_PURCHASE.answer(null, null, null, SETTINGS).refundable()).isEqualTo(Refundable.CASE_BY_CASE);
        assertThat(AT_PURCHASE.answer(ProductType.PHYSICAL, null, SaleCondition.REGULAR, SETTINGS).refundable())
                .isEqualTo(Refundable.CASE_BY_CASE);
    }

    private static Fixtures.RequestBuilder changeOfMindAfterPointOfNoReturn(ProductType type, MadeToOrder made,
                                                                            SaleCondition sale) {
        return request(line(type).madeToOrder(made).sale(sale).deliveredAt(DELIVERED).startedAt(DELIVERED))
                .reason(RefundReason.NO_LONGER_NEEDED);
    }

    private static Refundable refundableFrom(RequestOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> Refundable.YES;
            case DENIED -> Refundable.NO;
            case REVIEW -> Refundable.CASE_BY_CASE;
        };
    }
}
