package com.necxian.refunds.policy.domain;

import java.util.List;

/**
 * EXC-1: non-refundable items are labelled so at purchase. The answer describes what the engine
 * decides for a buyer who changes their mind after the point of no return (delivered, order
 * processed, work started) but within the return window; defects and recalls stay case by case
 * (EXC-3) and the label says so where it applies. Only physical items look at
 * {@code madeToOrder} and {@code saleCondition}, as in the decision table.
 */
public final class RefundabilityAtPurchase {

    public RefundabilityAnswer answer(ProductType productType, MadeToOrder madeToOrder, SaleCondition saleCondition,
                                      PolicySettings settings) {
        ProductType type = productType == null ? ProductType.UNKNOWN : productType;
        return switch (type) {
            case PHYSICAL -> physical(madeToOrder, saleCondition, settings);
            case DIGITAL -> no(settings, "Non-refundable once delivered. If it has a technical problem or is not as "
                    + "described, tell us within " + settings.digitalComplaintDays() + " days of delivery.",
                    "DIG-1", "DIG-4", "EXC-1");
            case SUBSCRIPTION -> no(settings, "Cancel any time and keep access to the end of the paid period; "
                    + "partial periods are not refunded.", "SUB-1", "SUB-2");
            case CUSTOM_SERVICE -> no(settings, "Non-refundable once work has started; you can cancel for a full "
                    + "refund before then.", "NRS-1", "NRS-2");
            case PROFESSIONAL_SERVICE -> caseByCase(settings, "Refunds are decided case by case, for example when "
                    + "the service is not delivered as agreed.", "PRO-1", "PRO-2");
            case THIRD_PARTY_SERVICE -> caseByCase(settings, "Provided by a partner: refunds follow the provider's "
                    + "own terms, and we help you with them.", "TPS-1", "TPS-2");
            case UNKNOWN -> unknown(settings);
        };
    }

    private static RefundabilityAnswer physical(MadeToOrder madeToOrder, SaleCondition saleCondition,
                                                PolicySettings settings) {
        if (madeToOrder == null || madeToOrder == MadeToOrder.UNKNOWN
                || saleCondition == null || saleCondition == SaleCondition.UNKNOWN) {
            return unknown(settings);
        }
        if (madeToOrder.isMadeToOrder()) {
            return no(settings, "Made to order: non-refundable once the order is processed, "
                    + "except for recalls or defects, reviewed case by case.", "EXC-1", "EXC-3");
        }
        if (saleCondition.isFinalSale()) {
            return no(settings, "Final sale: promotional and clearance items cannot be refunded, "
                    + "except for recalls or defects, reviewed case by case.", "EXC-2", "EXC-3");
        }
        return new RefundabilityAnswer(Refundable.YES, "Refundable within " + settings.returnWindowDays()
                + " days of delivery.", List.of("STD-1"), settings.version());
    }

    private static RefundabilityAnswer unknown(PolicySettings settings) {
        return caseByCase(settings, "Please ask our customer service team about refunds for this item "
                + "before you buy it.", PseudoClause.INPUT);
    }

    private static RefundabilityAnswer no(PolicySettings settings, String label, String... clauses) {
        return new RefundabilityAnswer(Refundable.NO, label, List.of(clauses), settings.version());
    }

    private static RefundabilityAnswer caseByCase(PolicySettings settings, String label, String... clauses) {
        return new RefundabilityAnswer(Refundable.CASE_BY_CASE, label, List.of(clauses), settings.version());
    }
}
