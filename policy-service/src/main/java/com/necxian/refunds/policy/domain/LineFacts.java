package com.necxian.refunds.policy.domain;

import com.necxian.refunds.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** One line seen together with its request and the settings: what the table rows ask about. */
record LineFacts(OrderLine line, RefundRequest request, PolicySettings settings) {

    ProductType productType() {
        return line.productType();
    }

    boolean reasonIsOneOf(RefundReason... reasons) {
        return Set.of(reasons).contains(request.reason());
    }

    /** DIG-4: a request exactly {@code digitalComplaintDays} after delivery is still in time. */
    boolean deliveredWithinDigitalComplaintDays() {
        return isWithin(line.deliveredAt(), settings.digitalComplaintDays());
    }

    /** STD-1: counted from delivery, or from the order date when nothing was delivered yet. */
    boolean withinReturnWindow() {
        Instant start = isDelivered() ? line.deliveredAt() : request.orderedAt();
        return isWithin(start, settings.returnWindowDays());
    }

    /** A delivery date after the request is a pre-order not delivered yet. */
    boolean isDelivered() {
        return line.isDeliveredBy(request.receivedAt());
    }

    /** A start date after the request is work scheduled, not initiated (NRS-1). */
    boolean isServiceStarted() {
        return line.isServiceStartedBy(request.receivedAt());
    }

    /** EXC-3: the line's SKU is on the recall list of the policy version in force. */
    boolean isRecalled() {
        return settings.isRecalled(line.sku());
    }

    boolean isMadeToOrder() {
        return line.madeToOrder().isMadeToOrder();
    }

    boolean isRegularSale() {
        return line.saleCondition() == SaleCondition.REGULAR;
    }

    boolean isFinalSale() {
        return line.saleCondition().isFinalSale();
    }

    long unusedSubscriptionPart() {
        return ProRating.unusedPart(line.amountPaidMinor(), line.subscriptionStart(), line.subscriptionEnd(),
                request.receivedAt());
    }

    Money paid() {
        return Money.of(line.amountPaidMinor(), request.currency());
    }

    private boolean isWithin(Instant start, int days) {
        return !request.receivedAt().isAfter(start.plus(Duration.ofDays(days)));
    }
}
