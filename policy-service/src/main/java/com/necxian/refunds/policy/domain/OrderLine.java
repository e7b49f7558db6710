package com.necxian.refunds.policy.domain;

import java.time.Instant;

/**
 * One line of the order the customer wants refunded.
 *
 * <p>{@code madeToOrder} and {@code saleCondition} only matter for {@link ProductType#PHYSICAL}.
 * The instants are null when the event has not happened (not delivered, service not started,
 * no subscription period).
 */
public record OrderLine(
        String lineId,
        ProductType productType,
        MadeToOrder madeToOrder,
        SaleCondition saleCondition,
        long amountPaidMinor,
        Instant deliveredAt,
        Instant serviceStartedAt,
        Instant subscriptionStart,
        Instant subscriptionEnd) {

    boolean isDelivered() {
        return deliveredAt != null;
    }

    boolean isServiceStarted() {
        return serviceStartedAt != null;
    }
}
