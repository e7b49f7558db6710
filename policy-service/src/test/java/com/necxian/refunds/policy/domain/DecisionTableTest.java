package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.Fixtures.DELIVERED;
import static com.necxian.refunds.policy.domain.Fixtures.ORDERED;
import static com.necxian.refunds.policy.domain.Fixtures.RECEIVED;
import static com.necxian.refunds.policy.domain.Fixtures.days;
import static com.necxian.refunds.policy.domain.Fixtures.decide;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static com.necxian.refunds.policy.domain.LineOutcome.APPROVE;
import static com.necxian.refunds.policy.domain.LineOutcome.DENY;
import static com.necxian.refunds.policy.domain.LineOutcome.REVIEW;
import static com.necxian.refunds.policy.domain.ProductType.CUSTOM_SERVICE;
import static com.necxian.refunds.policy.domain.ProductType.DIGITAL;
import static com.necxian.refunds.policy.domain.ProductType.PHYSICAL;
import static com.necxian.refunds.policy.domain.ProductType.PROFESSIONAL_SERVICE;
import static com.necxian.refunds.policy.domain.ProductType.SUBSCRIPTION;
import static com.necxian.refunds.policy.domain.ProductType.THIRD_PARTY_SERVICE;
import static com.necxian.refunds.policy.domain.RefundReason.BILLING_ERROR;
import static com.necxian.refunds.policy.domain.RefundReason.DEFECTIVE;
import static com.necxian.refunds.policy.domain.RefundReason.DISSATISFIED;
import static com.necxian.refunds.policy.domain.RefundReason.NOT_AS_DESCRIBED;
import static com.necxian.refunds.policy.domain.RefundReason.NOT_DELIVERED;
import static com.necxian.refunds.policy.domain.RefundReason.NO_LONGER_NEEDED;
import static com.necxian.refunds.policy.domain.RefundReason.PRODUCT_RECALL;
import static com.necxian.refunds.policy.domain.RefundReason.SIGNIFICANT_DEVIATION;
import static com.necxian.refunds.policy.domain.RefundReason.TECHNICAL_ISSUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.necxian.refunds.policy.domain.Fixtures.RequestBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One or more cases per row of the decision table in policy-rules.md (default request: received 5 days after delivery). */
class DecisionTableTest {

    record Case(RequestBuilder request, String row, LineOutcome outcome, LineOutcome recommendation,
                String category, List<String> clauses) {
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                c("row 1: third-party service, any reason", request(line(THIRD_PARTY_SERVICE)).reason(DEFECTIVE),
                        "1", REVIEW, REVIEW, "THIRD_PARTY", "TPS-1", "TPS-2"),
                c("row 2: professional service not delivered, recommend approve",
                        request(line(PROFESSIONAL_SERVICE)).reason(NOT_DELIVERED),
                        "2", REVIEW, APPROVE, "PROFESSIONAL_SERVICE", "PRO-1", "PRO-2"),
                c("row 2: professional service deviated, recommend approve",
                        request(line(PROFESSIONAL_SERVICE)).reason(SIGNIFICANT_DEVIATION),
                        "2", REVIEW, APPROVE, "PROFESSIONAL_SERVICE", "PRO-1", "PRO-2"),
                c("row 2: professional service, dissatisfied, recommend deny",
                        request(line(PROFESSIONAL_SERVICE)).reason(DISSATISFIED),
                        "2", REVIEW, DENY, "PROFESSIONAL_SERVICE", "PRO-1", "PRO-2"),
                c("row 3: custom service not started", request(line(CUSTOM_SERVICE)),
                        "3", APPROVE, APPROVE, null, "NRS-1"),
                c("row 4: custom service started, significant deviation",
                        request(line(CUSTOM_SERVICE).startedAt(DELIVERED)).reason(SIGNIFICANT_DEVIATION),
                        "4", REVIEW, REVIEW, "PARTIAL_REFUND", "NRS-2"),
                c("row 4: custom service started, not delivered",
                        request(line(CUSTOM_SERVICE).startedAt(DELIVERED)).reason(NOT_DELIVERED),
                        "4", REVIEW, REVIEW, "PARTIAL_REFUND", "NRS-2"),
                c("row 5: custom service started, other reason",
                        request(line(CUSTOM_SERVICE).startedAt(DELIVERED)).reason(DISSATISFIED),
                        "5", DENY, DENY, null, "NRS-1"),
                c("row 6: subscription billing error", request(line(SUBSCRIPTION)).reason(BILLING_ERROR),
                        "6", REVIEW, APPROVE, "PRO_RATED", "SUB-3"),
                c("row 6: subscription technical issue", request(line(SUBSCRIPTION)).reason(TECHNICAL_ISSUE),
                        "6", REVIEW, APPROVE, "PRO_RATED", "SUB-3"),
                c("row 7: subscription, no longer needed", request(line(SUBSCRIPTION)),
                        "7", DENY, DENY, null, "SUB-1", "SUB-2"),
                c("row 8: digital not yet delivered", request(line(DIGITAL).deliveredAt(null)),
                        "8", APPROVE, APPROVE, null, "DIG-1"),
                c("row 9: digital delivered 10 days before", request(line(DIGITAL))
                                .receivedAt(days(DELIVERED, 10)).reason(TECHNICAL_ISSUE),
                        "9", DENY, DENY, null, "DIG-4", "DIG-1"),
                c("row 10: digital technical issue with screenshots",
                        request(line(DIGITAL)).reason(TECHNICAL_ISSUE).evidence(2),
                        "10", REVIEW, APPROVE, "DIGITAL_ISSUE", "DIG-2", "DIG-3"),
                c("row 10: digital not as described, no evidence yet",
                        request(line(DIGITAL)).reason(NOT_AS_DESCRIBED),
                        "10", REVIEW, REVIEW, "DIGITAL_ISSUE", "DIG-2", "DIG-3"),
                c("row 10: digital defective", request(line(DIGITAL)).reason(DEFECTIVE).evidence(1),
                        "10", REVIEW, APPROVE, "DIGITAL_ISSUE", "DIG-2", "DIG-3"),
                c("row 11: digital within 7 days, dissatisfied", request(line(DIGITAL)).reason(DISSATISFIED),
                        "11", DENY, DENY, null, "DIG-1", "EXC-1"),
                c("row 12: promotional item defective, with photos",
                        request(line(PHYSICAL).sale(SaleCondition.PROMOTIONAL)).reason(DEFECTIVE).evidence(1),
                        "12", REVIEW, APPROVE, "DEFECT_OR_RECALL", "EXC-3"),
                c("row 12: clearance item defective, no photos",
                        request(line(PHYSICAL).sale(SaleCondition.CLEARANCE)).reason(DEFECTIVE),
                        "12", REVIEW, REVIEW, "DEFECT_OR_RECALL", "EXC-3"),
                c("row 12: customized item recalled, not on the recall list",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.CUSTOMIZED)).reason(PRODUCT_RECALL),
                        "12", REVIEW, REVIEW, "DEFECT_OR_RECALL", "EXC-3"),
                c("row 13: special order, order processed",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.SPECIAL_ORDER)),
                        "13", DENY, DENY, null, "EXC-1"),
                c("row 13: customized promotional item, order processed",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.CUSTOMIZED).sale(SaleCondition.PROMOTIONAL)),
                        "13", DENY, DENY, null, "EXC-1"),
                c("row 14: customized, order not processed (cancellation)",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.CUSTOMIZED).deliveredAt(null)).processedAt(null),
                        "14", APPROVE, APPROVE, null, "EXC-1"),
                c("row 15: promotional item", request(line(PHYSICAL).sale(SaleCondition.PROMOTIONAL)),
                        "15", DENY, DENY, null, "EXC-2"),
                c("row 15: clearance item, dissatisfied",
                        request(line(PHYSICAL).sale(SaleCondition.CLEARANCE)).reason(DISSATISFIED),
                        "15", DENY, DENY, null, "EXC-2"),
                c("row 16a: regular item claimed recalled, SKU not on the recall list, long after the window",
                        request(line(PHYSICAL)).reason(PRODUCT_RECALL).receivedAt(days(DELIVERED, 200)),
                        "16a", REVIEW, REVIEW, "DEFECT_OR_RECALL", "EXC-3"),
                c("row 16a: regular item claimed recalled with photos, not on the list",
                        request(line(PHYSICAL)).reason(PRODUCT_RECALL).evidence(2),
                        "16a", REVIEW, APPROVE, "DEFECT_OR_RECALL", "EXC-3"),
                c("row 17: regular item within the return window", request(line(PHYSICAL)),
                        "17", APPROVE, APPROVE, null, "STD-1"),
                c("row 17: regular item not delivered, window from the order date",
                        request(line(PHYSICAL).deliveredAt(null)).receivedAt(days(ORDERED, 20)),
                        "17", APPROVE, APPROVE, null, "STD-1"),
                c("row 17: regular item defective within the window", request(line(PHYSICAL)).reason(DEFECTIVE),
                        "17", APPROVE, APPROVE, null, "STD-1"),
                c("row 18: regular item defective after the window",
                        request(line(PHYSICAL)).reason(DEFECTIVE).evidence(3).receivedAt(days(DELIVERED, 45)),
                        "18", REVIEW, APPROVE, "DEFECT_OR_RECALL", "EXC-3"),
                c("row 19: regular item after the window",
                        request(line(PHYSICAL)).receivedAt(days(DELIVERED, 45)),
                        "19", DENY, DENY, null, "STD-1"),
                c("row 19: regular item not delivered, 31 days after the order, changed mind",
                        request(line(PHYSICAL).deliveredAt(null)).receivedAt(days(ORDERED, 31)),
                        "19", DENY, DENY, null, "STD-1"),
                c("row 13 (EXC-1): customized item delivered 3 days ago, processedAt not sent: processed",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.CUSTOMIZED)).processedAt(null)
                                .receivedAt(days(DELIVERED, 3)),
                        "13", DENY, DENY, null, "EXC-1"),
                c("row 13 (EXC-1): special order, another line's service started, processedAt not sent",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.SPECIAL_ORDER).deliveredAt(null),
                                line(CUSTOM_SERVICE).id("2").startedAt(DELIVERED)).processedAt(null),
                        "13", DENY, DENY, null, "EXC-1"),
                c("row 14 (EXC-1): special order, delivery scheduled after the request, processedAt not sent",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.SPECIAL_ORDER)
                                .deliveredAt(days(RECEIVED, 2))).processedAt(null),
                        "14", APPROVE, APPROVE, null, "EXC-1"),
                c("row 3 (NRS-1): custom service scheduled to start after the request",
                        request(line(CUSTOM_SERVICE).startedAt(days(RECEIVED, 7))),
                        "3", APPROVE, APPROVE, null, "NRS-1"),
                c("row 5 (NRS-1): custom service starting exactly when the request arrives has started",
                        request(line(CUSTOM_SERVICE).startedAt(RECEIVED)).reason(DISSATISFIED),
                        "5", DENY, DENY, null, "NRS-1"),
                c("row 8 (DIG-1): digital pre-order, delivery after the request",
                        request(line(DIGITAL).deliveredAt(days(RECEIVED, 10))),
                        "8", APPROVE, APPROVE, null, "DIG-1"),
                c("row 11b (STD-3): parcel never arrived, 31 days after the order",
                        request(line(PHYSICAL).deliveredAt(null)).reason(NOT_DELIVERED)
                                .receivedAt(days(ORDERED, 31)),
                        "11b", REVIEW, REVIEW, "NOT_DELIVERED", "STD-3"),
                c("row 11b (STD-3): clearance parcel never arrived, within the window",
                        request(line(PHYSICAL).sale(SaleCondition.CLEARANCE).deliveredAt(null))
                                .reason(NOT_DELIVERED),
                        "11b", REVIEW, REVIEW, "NOT_DELIVERED", "STD-3"),
                c("row 11b (STD-3): customized parcel never arrived, order processed",
                        request(line(PHYSICAL).madeToOrder(MadeToOrder.CUSTOMIZED).deliveredAt(null))
                                .reason(NOT_DELIVERED).receivedAt(days(ORDERED, 60)),
                        "11b", REVIEW, REVIEW, "NOT_DELIVERED", "STD-3"),
                c("row 19: delivered item claimed NOT_DELIVERED after the window is judged by the window",
                        request(line(PHYSICAL)).reason(NOT_DELIVERED).receivedAt(days(DELIVERED, 45)),
                        "19", DENY, DENY, null, "STD-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides_each_row(String name, Case expected) {
        RefundDecision decision = decide(expected.request());

        LineEvaluation line = decision.lines().get(0);
        assertThat(line.tableRow()).isEqualTo(expected.row());
        assertThat(line.outcome()).isEqualTo(expected.outcome());
        assertThat(line.clauses()).containsExactlyElementsOf(expected.clauses());
        assertThat(line.recommendation()).isEqualTo(expected.recommendation());
        assertThat(line.reviewCategory()).isEqualTo(expected.category());
        assertThat(line.explanation()).isNotBlank();
        assertThat(decision.outcome()).isEqualTo(requestOutcomeFor(expected.outcome()));
        assertThat(decision.clauses()).containsAll(expected.clauses());
        assertThat(decision.problems()).isEmpty();
    }

    @Test
    void table_has_the_rows_of_policy_rules_in_order() {
        assertThat(DecisionTable.rows()).extracting(TableRow::number).containsExactly(
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "11b", "12", "13", "14", "15", "16",
                "16a", "17", "18", "19");
    }

    @Test
    void row_16_a_listed_recall_is_approved_at_any_age() {
        PolicySettings listed = Fixtures.SETTINGS.withRecall(new Recall("HP-200", DELIVERED, "battery overheats"));
        RefundRequest claim = request(line(PHYSICAL).sku("HP-200")).reason(PRODUCT_RECALL)
                .receivedAt(days(DELIVERED, 200)).build();

        RefundDecision decision = Fixtures.ENGINE.decide(claim, listed, OrderHistory.empty());

        assertThat(decision.lines().get(0).tableRow()).isEqualTo("16");
        assertThat(decision.outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(decision.clauses()).contains("EXC-3");
    }

    @Test
    void row_16a_another_sku_under_the_same_list_goes_to_review() {
        PolicySettings listed = Fixtures.SETTINGS.withRecall(new Recall("HP-200", DELIVERED, "battery overheats"));
        RefundRequest claim = request(line(PHYSICAL).sku("HP-300")).reason(PRODUCT_RECALL).build();

        RefundDecision decision = Fixtures.ENGINE.decide(claim, listed, OrderHistory.empty());

        assertThat(decision.lines().get(0).tableRow()).isEqualTo("16a");
        assertThat(decision.outcome()).isEqualTo(RequestOutcome.REVIEW);
    }

    @Test
    void row_12_a_listed_recall_of_a_customized_item_is_recommended_for_approval() {
        PolicySettings listed = Fixtures.SETTINGS.withRecall(new Recall("HP-200", DELIVERED, null));
        RefundRequest claim = request(line(PHYSICAL).sku("HP-200").madeToOrder(MadeToOrder.CUSTOMIZED))
                .reason(PRODUCT_RECALL).build();

        LineEvaluation line = Fixtures.ENGINE.decide(claim, listed, OrderHistory.empty()).lines().get(0);

        assertThat(line.tableRow()).isEqualTo("12");
        assertThat(line.recommendation()).isEqualTo(APPROVE);
    }

    @Test
    void row_6_billing_error_suggests_the_disputed_charge_not_the_unused_share() {
        RefundDecision decision = decide(request(line(SUBSCRIPTION).amount(3_000)).reason(BILLING_ERROR)
                .receivedAt(days(Fixtures.PERIOD_END, -10)));

        assertThat(decision.lines().get(0).amountMinor()).isEqualTo(3_000);
        assertThat(decision.suggestedAmountMinor()).isEqualTo(3_000);
        assertThat(decision.explanation()).contains("30.00 EUR");
    }

    @Test
    void row_4_significant_deviation_never_suggests_the_full_amount() {
        RefundDecision decision = decide(request(line(CUSTOM_SERVICE).startedAt(DELIVERED))
                .reason(SIGNIFICANT_DEVIATION));

        assertThat(decision.lines().get(0).amountMinor()).isZero();
        assertThat(decision.suggestedAmountMinor()).isZero();
        assertThat(decision.recommendation()).isEqualTo(REVIEW);
    }

    @Test
    void row_7_message_tells_when_access_ends() {
        RefundDecision decision = decide(request(line(SUBSCRIPTION)));

        assertThat(decision.explanation()).contains("cancel").contains("2026-12-01");
    }

    @Test
    void non_physical_lines_ignore_made_to_order_and_sale_condition() {
        RefundDecision decision = decide(request(line(DIGITAL).madeToOrder(MadeToOrder.UNKNOWN)
                .sale(SaleCondition.UNKNOWN)).reason(DISSATISFIED));

        assertThat(decision.lines().get(0).tableRow()).isEqualTo("11");
    }

    private static RequestOutcome requestOutcomeFor(LineOutcome outcome) {
        return switch (outcome) {
            case APPROVE -> RequestOutcome.APPROVED;
            case DENY -> RequestOutcome.DENIED;
            case REVIEW -> RequestOutcome.REVIEW;
        };
    }

    private static Arguments c(String name, RequestBuilder request, String row, LineOutcome outcome,
                               LineOutcome recommendation, String category, String... clauses) {
        return Arguments.of(name, new Case(request, row, outcome, recommendation, category, List.of(clauses)));
    }
}
