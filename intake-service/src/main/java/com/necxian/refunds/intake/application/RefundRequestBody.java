package com.necxian.refunds.intake.application;

import java.time.Instant;
import java.util.List;

import com.necxian.refunds.intake.domain.RequestLimits;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The storefront's request exactly as http-api.md defines it. Enumerations and money stay text here so that
 * {@link RefundRequestValidation} can name every bad field at once. The limits in the schema annotations are
 * {@link RequestLimits}, the ones validation enforces (lengths count characters, i.e. code points); the enumerations
 * are the events' (OpenApiDocumentTest checks they match).
 */
@Schema(description = "A refund request. The whole body may be at most 256 KiB (262,144 bytes), else 413.")
public record RefundRequestBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, maxLength = RequestLimits.ORDER_NUMBER,
                example = "NX-100234") String orderNumber,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = DATE) Instant orderedAt,
        @Schema(description = DATE) Instant processedAt,
        @Schema(requiredMode = RequiredMode.REQUIRED) Customer customer,
        @Schema(requiredMode = RequiredMode.REQUIRED) Payment payment,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "ISO 4217 code.", pattern = "^[A-Z]{3}$",
                example = "EUR") String currency,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"DEFECTIVE", "PRODUCT_RECALL",
                "NOT_AS_DESCRIBED", "TECHNICAL_ISSUE", "BILLING_ERROR", "NOT_DELIVERED", "SIGNIFICANT_DEVIATION",
                "NO_LONGER_NEEDED", "DISSATISFIED", "OTHER"}) String reason,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, maxLength = RequestLimits.DESCRIPTION,
                description = "Free text: tab and line breaks allowed.",
                example = "Left earcup crackles after two days.") String description,
        @ArraySchema(maxItems = RequestLimits.EVIDENCE) List<Evidence> evidence,
        @Schema(description = "Default REFUND.", allowableValues = {"REFUND", "STORE_CREDIT", "EXCHANGE"})
        String preferredResolution,
        @ArraySchema(minItems = 1, maxItems = RequestLimits.LINES, arraySchema = @Schema(
                requiredMode = RequiredMode.REQUIRED, description = "Each lineId at most once.")) List<Line> lines) {

    static final String DATE = "From 2000-01-01T00:00:00Z to a year after the request.";

    public record Customer(
            @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, maxLength = RequestLimits.CUSTOMER_ID,
                    example = "C-42") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "email", maxLength = RequestLimits.CUSTOMER_EMAIL,
                    example = "ana@example.com") String email,
            @Schema(maxLength = RequestLimits.CUSTOMER_NAME, example = "Ana Ruiz") String name) {
    }

    public record Payment(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"CARD", "PAYPAL", "BANK_TRANSFER",
                    "GIFT_CARD", "STORE_CREDIT", "UNKNOWN"}) String method,
            @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1,
                    maxLength = RequestLimits.PAYMENT_REFERENCE, example = "pay_8f2k") String reference) {
    }

    public record Evidence(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"PHOTO", "SCREENSHOT", "ERROR_MESSAGE",
                    "DOCUMENT", "OTHER"}) String kind,
            @Schema(maxLength = RequestLimits.EVIDENCE_URI, format = "uri", description = "An absolute https: URI "
                    + "with a host and without user name or password; any other scheme, or a relative URI, is 400.",
                    example = "https://cdn.example.com/e/1.jpg") String uri,
            @Schema(maxLength = RequestLimits.EVIDENCE_NOTE, description = "Free text: tab and line breaks allowed.",
                    example = "crack") String note) {
    }

    @Schema(description = "A subscription's paid period: both or neither.")
    public record Period(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = DATE) Instant start,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "From 2000-01-01T00:00:00Z to ten years after "
                    + "the request, not before start.") Instant end) {
    }

    public record Line(
            @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, maxLength = RequestLimits.LINE_ID,
                    example = "1") String lineId,
            @Schema(maxLength = RequestLimits.SKU, example = "HP-200") String sku,
            @Schema(maxLength = RequestLimits.LINE_DESCRIPTION, example = "Headphones") String description,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"PHYSICAL", "DIGITAL", "SUBSCRIPTION",
                    "PROFESSIONAL_SERVICE", "CUSTOM_SERVICE", "THIRD_PARTY_SERVICE", "UNKNOWN"}) String productType,
            @Schema(description = "Not given is UNKNOWN (a physical line then goes to review).",
                    allowableValues = {"NONE", "SPECIAL_ORDER", "CUSTOMIZED", "UNKNOWN"}) String madeToOrder,
            @Schema(description = "Not given is UNKNOWN.",
                    allowableValues = {"REGULAR", "PROMOTIONAL", "CLEARANCE", "UNKNOWN"}) String saleCondition,
            @Schema(description = "Units bought on the line (default 1); amountPaid is for all of them.", minimum = "1",
                    example = "1") Integer quantity,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "What was paid for the line: a decimal string "
                    + "above zero with at most the currency's fraction digits (\"199.00\" EUR, \"1500\" JPY).",
                    pattern = StatusView.MONEY, example = "199.00") String amountPaid,
            @Schema(description = DATE) Instant deliveredAt,
            @Schema(description = DATE) Instant serviceStartedAt,
            Period subscriptionPeriod,
            @Schema(description = "Units of the line to refund, 1 to quantity (default: all). The refund is their "
                    + "share of amountPaid; the remaining units can be asked for in a later request.", minimum = "1",
                    example = "1") Integer quantityToRefund) {
    }
}
