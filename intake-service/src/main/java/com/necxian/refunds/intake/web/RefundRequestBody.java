package com.necxian.refunds.intake.web;

import java.time.Instant;
import java.util.List;

/**
 * The storefront's request exactly as http-api.md defines it. Enumerations and money stay text here so that
 * {@link RefundRequestValidation} can name every bad field at once.
 */
public record RefundRequestBody(String orderNumber, Instant orderedAt, Instant processedAt, Customer customer,
        Payment payment, String currency, String reason, String description, List<Evidence> evidence,
        String preferredResolution, List<Line> lines) {

    public record Customer(String id, String email, String name) {
    }

    public record Payment(String method, String reference) {
    }

    public record Evidence(String kind, String uri, String note) {
    }

    public record Period(Instant start, Instant end) {
    }

    public record Line(String lineId, String sku, String description, String productType, String madeToOrder,
            String saleCondition, Integer quantity, String amountPaid, Instant deliveredAt, Instant serviceStartedAt,
            Period subscriptionPeriod) {
    }
}
