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
        Instant subscriptionEnd) {

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
