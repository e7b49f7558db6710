package com.necxian.refunds.intake.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The storefront's request exactly as http-api.md defines it. Enumerations and money stay text here so that
 * {@link RefundRequestValidation} can name every bad field at once. The limits in the schema annotations are
 * {@link RequestLimits}, the ones validation enforces (lengths count characters, i.e. code points).
 */
@Schema(description = "A refund request. The whole body may be at most 256 KiB (262,144 bytes), else 413.")
public record RefundRequestBody(
        @Schema(maxLength = RequestLimits.ORDER_NUMBER) String orderNumber,
        Instant orderedAt,
        Instant processedAt,
        Customer customer,
        Payment payment,
        String currency,
        String reason,
        @Schema(maxLength = RequestLimits.DESCRIPTION) String description,
        @ArraySchema(maxItems = RequestLimits.EVIDENCE) List<Evidence> evidence,
        String preferredResolution,
        @ArraySchema(minItems = 1, maxItems = RequestLimits.LINES) List<Line> lines) {

    public record Customer(
            @Schema(maxLength = RequestLimits.CUSTOMER_ID) String id,
            @Schema(maxLength = RequestLimits.CUSTOMER_EMAIL) String email,
            @Schema(maxLength = RequestLimits.CUSTOMER_NAME) String name) {
    }

    public record Payment(String method, @Schema(maxLength = RequestLimits.PAYMENT_REFERENCE) String reference) {
    }

    public record Evidence(
            String kind,
            @Schema(maxLength = RequestLimits.EVIDENCE_URI, description = "An absolute https: URI with a host and "
                    + "without user name or password; any other scheme, or a relative URI, is 400.",
                    example = "https://cdn.example.com/e/1.jpg") String uri,
            @Schema(maxLength = RequestLimits.EVIDENCE_NOTE) String note) {
    }

    public record Period(Instant start, Instant end) {
    }

    public record Line(
            @Schema(maxLength = RequestLimits.LINE_ID) String lineId,
            @Schema(maxLength = RequestLimits.SKU) String sku,
            @Schema(maxLength = RequestLimits.LINE_DESCRIPTION) String description,
            String productType, String madeToOrder, String saleCondition,
            @Schema(description = "Units bought on the line (default 1); amountPaid is for all of them.", minimum = "1")
            Integer quantity,
            String amountPaid,
            Instant deliveredAt, Instant serviceStartedAt, Period subscriptionPeriod,
            @Schema(description = "Units of the line to refund, 1 to quantity (default: all). The refund is their "
                    + "share of amountPaid; the remaining units can be asked for in a later request.", minimum = "1")
            Integer quantityToRefund) {
    }
}
