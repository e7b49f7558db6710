package com.necxian.refunds.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;

public final class SampleEvents {

    private SampleEvents() {
    }

    public static RefundRequested refundRequested(String orderNumber, String description) {
        Instant now = Instant.now();
        return RefundRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(UUID.randomUUID().toString())
                .setOrderNumber(orderNumber).setOccurredAt(now).setCorrelationId("test")
                .setCustomer(new Customer("C-1", "ana@example.com", "Ana"))
                .setRespondBy(now.plusSeconds(7 * 86400)).setOrderedAt(now).setProcessedAt(null)
                .setPayment(new Payment(PaymentMethod.CARD, "pay_1")).setCurrency("EUR")
                .setReason(RefundReason.DEFECTIVE).setDescription(description).setEvidence(List.of())
                .setPreferredResolution(Resolution.REFUND)
                .setLines(List.of(OrderLine.newBuilder().setLineId("1").setSku("HP-200").setDescription(null)
                        .setProductType(ProductType.PHYSICAL).setMadeToOrder(MadeToOrder.NONE)
                        .setSaleCondition(SaleCondition.REGULAR).setQuantity(1).setAmountPaidMinor(19900)
                        .setDeliveredAt(now).setServiceStartedAt(null).setSubscriptionPeriod(null).build()))
                .build();
    }
}
