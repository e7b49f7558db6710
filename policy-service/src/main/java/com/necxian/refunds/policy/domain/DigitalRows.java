package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.RefundReason.DEFECTIVE;
import static com.necxian.refunds.policy.domain.RefundReason.NOT_AS_DESCRIBED;
import static com.necxian.refunds.policy.domain.RefundReason.TECHNICAL_ISSUE;
import static com.necxian.refunds.policy.domain.TableRow.productIs;
import static com.necxian.refunds.policy.domain.TableRow.row;

import com.necxian.refunds.policy.domain.LineEvaluation.Recommendation;
import java.util.List;
import java.util.function.Predicate;

/** Rows 8-11: digital products. */
final class DigitalRows {

    private DigitalRows() {
    }

    static List<TableRow> rows() {
        Predicate<LineFacts> digital = productIs(ProductType.DIGITAL);
        Predicate<LineFacts> delivered = LineFacts::isDelivered;
        return List.of(
                row("8", digital.and(delivered.negate()), DigitalRows::notDelivered),
                row("9", digital.and(f -> !f.deliveredWithinDigitalComplaintDays()), DigitalRows::tooLate),
                row("10", digital.and(f -> f.reasonIsOneOf(TECHNICAL_ISSUE, NOT_AS_DESCRIBED, DEFECTIVE)),
                        DigitalRows::issue),
                row("11", digital, DigitalRows::delivered));
    }

    private static LineEvaluation notDelivered(LineFacts facts) {
        return LineEvaluation.approve(facts.line(), "8",
                "This digital product has not been delivered yet, so we cancel it and refund it in full.", "DIG-1");
    }

    private static LineEvaluation tooLate(LineFacts facts) {
        return LineEvaluation.deny(facts.line(), "9",
                "Problems with a digital product must reach us within " + facts.settings().digitalComplaintDays()
                        + " days of delivery, and digital products cannot be returned once delivered.",
                "DIG-4", "DIG-1");
    }

    /** DIG-3 needs details (screenshots, error messages); without them the reviewer asks first. */
    private static LineEvaluation issue(LineFacts facts) {
        boolean detailed = facts.request().hasEvidence();
        Recommendation recommendation = detailed
                ? Recommendation.approve(facts.line().amountPaidMinor()) : Recommendation.none();
        String ask = detailed ? "" : " Please send us screenshots or error messages and the steps you tried.";
        return LineEvaluation.review(facts.line(), "10", "DIGITAL_ISSUE", recommendation,
                "We will work with you to fix the problem with this digital product with a replacement or support, "
                        + "and refund it if the problem cannot be resolved." + ask,
                "DIG-2", "DIG-3");
    }

    private static LineEvaluation delivered(LineFacts facts) {
        return LineEvaluation.deny(facts.line(), "11",
                "Digital products cannot be refunded once delivered unless they are faulty or not as described.",
                "DIG-1", "EXC-1");
    }
}
