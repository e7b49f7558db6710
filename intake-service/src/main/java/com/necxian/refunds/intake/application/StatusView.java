package com.necxian.refunds.intake.application;

import java.time.Instant;
import java.util.List;

import com.necxian.refunds.intake.domain.RefundStatus;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * A refund's status as http-api.md shows it, built from the refund's events (so it may lag by a moment):
 * {@code review} only while UNDER_REVIEW, plus {@code traceId}, the trace of the refund's events (the same id in every
 * service's logs and in the X-Trace-Id header of the request that submitted it), null until known.
 */
@Schema(description = "A refund's status, built from the event streams (it may lag behind by a moment).")
public record StatusView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10")
        String refundId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "NX-100234") String orderNumber,
        @Schema(requiredMode = RequiredMode.REQUIRED) RefundStatus status,
        @Schema(description = "When the customer is answered at the latest (PROC-2).", nullable = true)
        Instant respondBy,
        @Schema(description = "When an approved refund is paid out at the latest.", nullable = true)
        Instant processBy,
        Decision decision,
        PaymentOutcome payment,
        Review review,
        @Schema(requiredMode = RequiredMode.REQUIRED) List<HistoryEntry> history,
        @Schema(description = "The trace id of the refund's events; null until RefundRequested is in the view.",
                nullable = true, example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId) {

    /** The policy's (or a reviewer's) decision. */
    public record Decision(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"APPROVED", "DENIED"}) String outcome,
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = MONEY, example = "199.00",
                    description = "Decimal string with the currency's fraction digits; 0 when denied.")
            String approvedAmount,
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[A-Z]{3}$", example = "EUR") String currency,
            @Schema(nullable = true, allowableValues = {"REFUND", "STORE_CREDIT", "EXCHANGE"},
                    description = "How the money goes back; null when denied.") String resolution,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"STD-1\"]") List<String> clauses,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "3") int policyVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "policy",
                    description = "\"policy\", or the reviewer who decided.") String decidedBy,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<DecisionLine> lines) {
    }

    public record DecisionLine(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "1") String lineId,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"APPROVE", "DENY", "REVIEW"})
            String outcome,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"STD-1\"]") List<String> clauses,
            @Schema(nullable = true, example = "Returned within 30 days of delivery.") String explanation) {
    }

    /** The payout's outcome. */
    public record PaymentOutcome(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"SUCCEEDED", "FAILED"}) String status,
            @Schema(nullable = true, description = "The payment provider's reference, when paid.",
                    example = "psp_1") String reference,
            @Schema(nullable = true, description = "Why the payout failed.") String reason) {
    }

    public record Review(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"EXC-3\"]") List<String> clauses,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Text for the customer.") String message,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant respondBy,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ReviewLine> lines) {
    }

    public record ReviewLine(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "1") String lineId,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"APPROVE", "DENY", "REVIEW"})
            String outcome,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"EXC-3\"]") List<String> clauses) {
    }

    /** One event the refund went through, in the order they happened. */
    public record HistoryEntry(
            @Schema(requiredMode = RequiredMode.REQUIRED) RefundStatus status,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant at) {
    }

    /** A decimal string: digits, and at most three fraction digits (the most any ISO 4217 currency has). */
    public static final String MONEY = "^(0|[1-9][0-9]*)(\\.[0-9]{1,3})?$";
}
