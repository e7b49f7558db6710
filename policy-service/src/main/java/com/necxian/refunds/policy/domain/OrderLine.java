package com.necxian.refunds.policy.domain;

import java.time.Instant;

/**
 * One line of the order the customer wants refunded.
 *
 * <p>{@code sku} may be null (only a recall claim looks at it). {@code madeToOrder} and {@code saleCondition}
 * only matter for {@link ProductType#PHYSICAL}.
 * The instants are null when the event has not happened (not delivered, service not started,
 * no subscription period); an instant after "now" has not happened yet either (a pre-order,
 * a service scheduled to start later).
 *
 * <p>{@code amountPaidMinor} is what was paid for all {@code quantity} units; {@code unitsToRefund} of them are
 * asked for (1 to {@code quantity}).
 */
public record OrderLine(
        String lineId,
        String sku,
        ProductType productType,
        MadeToOrder madeToOrder,
        SaleCondition saleCondition,
        long amountPaidMinor,
        Instant deliveredAt,
        Instant serviceStartedAt,
        Instant subscriptionStart,
        Instant subscriptionEnd,
        int quantity,
        int unitsToRefund) {

    /** A line of one unit, refunded whole. */
    public OrderLine(String lineId, String sku, ProductType productType, MadeToOrder madeToOrder,
                     SaleCondition saleCondition, long amountPaidMinor, Instant deliveredAt, Instant serviceStartedAt,
                     Instant subscriptionStart, Instant subscriptionEnd) {
        this(lineId, sku, productType, madeToOrder, saleCondition, amountPaidMinor, deliveredAt, serviceStartedAt,
                subscriptionStart, subscriptionEnd, 1, 1);
    }

    /** The same line with {@code units} of its units asked for. */
    public OrderLine withUnitsToRefund(int units) {
        return new OrderLine(lineId, sku, productType, madeToOrder, saleCondition, amountPaidMinor, deliveredAt,
                serviceStartedAt, subscriptionStart, subscriptionEnd, quantity, units);
    }

    /**
     * The units asked for as a line of their own: its amount is their share of what was paid, the units
     * after the {@code unitsBefore} refunded earlier ({@link UnitShare}).
     */
    OrderLine portionAfter(int unitsBefore) {
        long share = UnitShare.of(amountPaidMinor, quantity, unitsBefore, unitsToRefund);
        return new OrderLine(lineId, sku, productType, madeToOrder, saleCondition, share, deliveredAt,
                serviceStartedAt, subscriptionStart, subscriptionEnd, unitsToRefund, unitsToRefund);
    }

    boolean isDeliveredBy(Instant now) {
        return happenedBy(deliveredAt, now);
    }

    boolean isServiceStartedBy(Instant now) {
        return happenedBy(serviceStartedAt, now);
    }

    private static boolean happenedBy(Instant at, Instant now) {
        return at != null && !at.isAfter(now);
    }
}
