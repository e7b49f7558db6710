package com.necxian.refunds.policy.application;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.SubscriptionPeriod;
import com.necxian.refunds.policy.domain.MadeToOrder;
import com.necxian.refunds.policy.domain.OrderLine;
import com.necxian.refunds.policy.domain.ProductType;
import com.necxian.refunds.policy.domain.RefundReason;
import com.necxian.refunds.policy.domain.RefundRequest;
import com.necxian.refunds.policy.domain.Resolution;
import com.necxian.refunds.policy.domain.SaleCondition;

/** RefundRequested as the engine sees it: "now" is when intake received the request. */
final class DomainRequest {

    private DomainRequest() {
    }

    static RefundRequest of(RefundRequested event) {
        return new RefundRequest(event.getRefundId(), event.getOrderNumber(), event.getOccurredAt(),
                event.getOrderedAt(), event.getProcessedAt(), named(RefundReason.class, event.getReason()),
                event.getEvidence() == null ? 0 : event.getEvidence().size(),
                named(Resolution.class, event.getPreferredResolution()), event.getCurrency(),
                event.getLines().stream().map(DomainRequest::line).toList());
    }

    private static OrderLine line(com.necxian.refunds.events.OrderLine line) {
        SubscriptionPeriod period = line.getSubscriptionPeriod();
        return new OrderLine(line.getLineId(), line.getSku(), named(ProductType.class, line.getProductType()),
                named(MadeToOrder.class, line.getMadeToOrder()), named(SaleCondition.class, line.getSaleCondition()),
                line.getAmountPaidMinor(), line.getDeliveredAt(), line.getServiceStartedAt(),
                period == null ? null : period.getStart(), period == null ? null : period.getEnd(),
                line.getQuantity(), line.getQuantityToRefund() == null ? line.getQuantity() : line.getQuantityToRefund());
    }

    /** The same symbol in the domain enum; null when absent or unknown there (the engine reports it). */
    private static <E extends Enum<E>> E named(Class<E> type, Enum<?> symbol) {
        if (symbol == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, symbol.name());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
