package com.necxian.refunds.notification.domain;

/** How an e-mail names an order line: the customer's description (else "Item id"), and the units if not all. */
public final class LineName {

    private LineName() {
    }

    /** {@code quantity} and {@code unitsToRefund} may be null (not known: all units). */
    public static String of(String lineId, String description, Integer quantity, Integer unitsToRefund) {
        String name = description == null || description.isBlank() ? "Item " + lineId : description;
        return isPartial(quantity, unitsToRefund) ? name + " (" + unitsToRefund + " of " + quantity + " units)" : name;
    }

    public static boolean isPartial(Integer quantity, Integer unitsToRefund) {
        return quantity != null && unitsToRefund != null && unitsToRefund < quantity;
    }
}
