package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.RefundReason.NOT_DELIVERED;
import static com.necxian.refunds.policy.domain.RefundReason.SIGNIFICANT_DEVIATION;
import static com.necxian.refunds.policy.domain.TableRow.productIs;
import static com.necxian.refunds.policy.domain.TableRow.row;

import com.necxian.refunds.policy.domain.LineEvaluation.Recommendation;
import java.util.List;
import java.util.function.Predicate;

/** Rows 1-5: third-party, professional and custom services. */
final class ServiceRows {

    private ServiceRows() {
    }

    static List<TableRow> rows() {
        return List.of(
                row("1", productIs(ProductType.THIRD_PARTY_SERVICE), ServiceRows::thirdParty),
                row("2", productIs(ProductType.PROFESSIONAL_SERVICE), ServiceRows::professional),
                row("3", customService().and(f -> !f.isServiceStarted()), ServiceRows::customNotStarted),
                row("4", customService().and(ServiceRows::deviationOrNotDelivered), ServiceRows::customDeviated),
                row("5", customService(), ServiceRows::customStarted));
    }

    private static Predicate<LineFacts> customService() {
        return productIs(ProductType.CUSTOM_SERVICE);
    }

    private static boolean deviationOrNotDelivered(LineFacts facts) {
        return facts.reasonIsOneOf(SIGNIFICANT_DEVIATION, NOT_DELIVERED);
    }

    private static LineEvaluation thirdParty(LineFacts facts) {
        return LineEvaluation.review(facts.line(), "1", "THIRD_PARTY", Recommendation.none(),
                "This service comes from a partner, so its refund follows the provider's own terms; "
                        + "we will contact the provider and speak up for you, but cannot guarantee a refund.",
                "TPS-1", "TPS-2");
    }

    private static LineEvaluation professional(LineFacts facts) {
        Recommendation recommendation = deviationOrNotDelivered(facts)
                ? Recommendation.approve(facts.line().amountPaidMinor()) : Recommendation.deny();
        return LineEvaluation.review(facts.line(), "2", "PROFESSIONAL_SERVICE", recommendation,
                "Refunds for professional services are decided case by case: we refund when the service "
                        + "was not delivered as agreed or differed significantly from its description.",
                "PRO-1", "PRO-2");
    }

    private static LineEvaluation customNotStarted(LineFacts facts) {
        return LineEvaluation.approve(facts.line(), "3",
                "Work on this custom service has not started yet, so we cancel it and refund it in full.",
                "NRS-1");
    }

    /** NRS-2 allows a partial refund only, which the engine cannot size: a person does, without a suggestion. */
    private static LineEvaluation customDeviated(LineFacts facts) {
        return LineEvaluation.review(facts.line(), "4", "PARTIAL_REFUND", Recommendation.none(),
                "Work on this custom service has started, so it is not refundable in full; because you report "
                        + "a significant deviation from what was agreed, we will review a partial refund "
                        + "or another resolution.",
                "NRS-2");
    }

    private static LineEvaluation customStarted(LineFacts facts) {
        return LineEvaluation.deny(facts.line(), "5",
                "Custom services cannot be refunded once work on them has started.", "NRS-1");
    }
}
