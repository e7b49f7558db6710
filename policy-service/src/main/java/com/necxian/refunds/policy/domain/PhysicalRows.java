package com.necxian.refunds.policy.domain;

import static com.necxian.refunds.policy.domain.RefundReason.DEFECTIVE;
import static com.necxian.refunds.policy.domain.RefundReason.NOT_DELIVERED;
import static com.necxian.refunds.policy.domain.RefundReason.PRODUCT_RECALL;
import static com.necxian.refunds.policy.domain.TableRow.productIs;
import static com.necxian.refunds.policy.domain.TableRow.row;

import com.necxian.refunds.policy.domain.LineEvaluation.Recommendation;
import java.util.List;
import java.util.function.Predicate;

/** Rows 11b-19: physical goods. */
final class PhysicalRows {

    private PhysicalRows() {
    }

    static List<TableRow> rows() {
        Predicate<LineFacts> physical = productIs(ProductType.PHYSICAL);
        Predicate<LineFacts> madeToOrder = physical.and(LineFacts::isMadeToOrder);
        Predicate<LineFacts> regular = physical.and(LineFacts::isRegularSale);
        Predicate<LineFacts> outsideWindow = regular.and(f -> !f.withinReturnWindow());
        return List.of(
                row("11b", physical.and(f -> !f.isDelivered()).and(f -> f.reasonIsOneOf(NOT_DELIVERED)),
                        PhysicalRows::neverArrived),
                row("12", physical.and(f -> !f.isRegularSale() || f.isMadeToOrder())
                        .and(f -> f.reasonIsOneOf(PRODUCT_RECALL, DEFECTIVE)), PhysicalRows::exceptionForDefect),
                row("13", madeToOrder.and(f -> f.request().isOrderProcessed()), PhysicalRows::madeToOrderProcessed),
                row("14", madeToOrder, PhysicalRows::madeToOrderCancelled),
                row("15", physical.and(LineFacts::isFinalSale), PhysicalRows::finalSale),
                row("16", regular.and(f -> f.reasonIsOneOf(PRODUCT_RECALL)).and(LineFacts::isRecalled),
                        PhysicalRows::recalled),
                row("16a", regular.and(f -> f.reasonIsOneOf(PRODUCT_RECALL)), PhysicalRows::recallToConfirm),
                row("17", regular.and(LineFacts::withinReturnWindow), PhysicalRows::withinWindow),
                row("18", outsideWindow.and(f -> f.reasonIsOneOf(DEFECTIVE)), PhysicalRows::defectAfterWindow),
                row("19", outsideWindow, PhysicalRows::afterWindow));
    }

    /** EXC-3: a listed recall speaks for itself; anything else needs evidence (PROC-1) before we recommend a refund. */
    private static Recommendation defectRecommendation(LineFacts facts) {
        boolean listedRecall = facts.isRecalled() && facts.reasonIsOneOf(PRODUCT_RECALL);
        boolean convincing = listedRecall || facts.request().hasEvidence();
        return convincing ? Recommendation.approve(facts.line().amountPaidMinor()) : Recommendation.none();
    }

    /** STD-3: the return window is about returns; a parcel that never arrived is investigated. */
    private static LineEvaluation neverArrived(LineFacts facts) {
        return LineEvaluation.review(facts.line(), "11b", "NOT_DELIVERED", Recommendation.none(),
                "This item has not reached you, so we will trace the delivery and send a replacement "
                        + "or refund it.",
                "STD-3");
    }

    private static LineEvaluation exceptionForDefect(LineFacts facts) {
        return LineEvaluation.review(facts.line(), "12", "DEFECT_OR_RECALL", defectRecommendation(facts),
                "This item is final sale or made to order, but because of the recall or defect you report "
                        + "we will review an exception for it.",
                "EXC-3");
    }

    private static LineEvaluation madeToOrderProcessed(LineFacts facts) {
        return LineEvaluation.deny(facts.line(), "13",
                "Special-order and customized items cannot be refunded once the order is processed, "
                        + "as labelled at purchase.",
                "EXC-1");
    }

    private static LineEvaluation madeToOrderCancelled(LineFacts facts) {
        return LineEvaluation.approve(facts.line(), "14",
                "Your order has not been processed yet, so we cancel this made-to-order item and refund it in full.",
                "EXC-1");
    }

    private static LineEvaluation finalSale(LineFacts facts) {
        return LineEvaluation.deny(facts.line(), "15",
                "Promotional and clearance items are sold as-is and all sales are final.", "EXC-2");
    }

    private static LineEvaluation recalled(LineFacts facts) {
        return LineEvaluation.approve(facts.line(), "16",
                "This item has been recalled, so we refund it in full.", "EXC-3");
    }

    /** EXC-3 is case by case: a recall we have not listed is checked by a person. */
    private static LineEvaluation recallToConfirm(LineFacts facts) {
        return LineEvaluation.review(facts.line(), "16a", "DEFECT_OR_RECALL", defectRecommendation(facts),
                "We have no recall on record for this item yet, so a member of our team will check the recall "
                        + "and refund it if it applies.",
                "EXC-3");
    }

    private static LineEvaluation withinWindow(LineFacts facts) {
        return LineEvaluation.approve(facts.line(), "17",
                "You asked within the " + facts.settings().returnWindowDays()
                        + "-day return window, so we refund this item in full.",
                "STD-1");
    }

    private static LineEvaluation defectAfterWindow(LineFacts facts) {
        return LineEvaluation.review(facts.line(), "18", "DEFECT_OR_RECALL", defectRecommendation(facts),
                "The " + facts.settings().returnWindowDays() + "-day return window has passed, but because "
                        + "you report a defect we will review an exception for this item.",
                "EXC-3");
    }

    private static LineEvaluation afterWindow(LineFacts facts) {
        return LineEvaluation.deny(facts.line(), "19",
                "The " + facts.settings().returnWindowDays() + "-day return window for this item has passed.",
                "STD-1");
    }
}
