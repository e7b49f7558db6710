package com.necxian.refunds.payment.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.payment.application.PaymentRecords;
import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.domain.Resolution;
import com.necxian.refunds.web.openapi.ProblemSchema;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What was paid out for a refund, how, and where it stands. */
@RestController
@Tag(name = "Refund payments", description = "What was paid out for an approved refund, how, and where it stands")
class RefundPaymentController {

    @Schema(name = "RefundPayment", description = "A refund's payment as the ledger holds it",
            requiredProperties = {"refundId", "orderNumber", "resolution", "paymentMethod", "paymentReference",
                    "approvedAmount", "paidAmount", "currency", "status", "providerReference", "failureReason",
                    "approvedAt", "processBy", "completedAt", "attempts"})
    record RefundPaymentView(
            @Schema(example = "5d1b3c1e-7a7e-4c1a-9f3e-2a6b8c0d1e2f") String refundId,
            @Schema(example = "NX-100234") String orderNumber,
            @Schema(description = "What the customer gets back (PROC-4, PROC-6)") Resolution resolution,
            @Schema(allowableValues = {"CARD", "PAYPAL", "BANK_TRANSFER", "GIFT_CARD", "STORE_CREDIT"},
                    example = "CARD") String paymentMethod,
            @Schema(description = "The original payment", example = "pay_8f2k") String paymentReference,
            @Schema(description = "What the policy approved", pattern = OpenApiFormats.AMOUNT,
                    example = "199.00") String approvedAmount,
            @Schema(description = "What left (or is leaving): the approved amount, 0 for an exchange or a failure",
                    pattern = OpenApiFormats.AMOUNT, example = "199.00") String paidAmount,
            @Schema(description = "ISO 4217", pattern = OpenApiFormats.CURRENCY, example = "EUR") String currency,
            @Schema(description = "PENDING: not yet accepted by the provider; SUBMITTED: accepted, confirmed later; "
                    + "SUCCEEDED and FAILED are final") PayoutStatus status,
            @Schema(description = "The provider's refund id, store-credit-entry-<n> for store credit, null for an "
                    + "exchange or before the provider answered", types = {"string", "null"},
                    example = "sim_re_42") String providerReference,
            @Schema(description = "Why it failed, or the provider's last answer while it is retried",
                    types = {"string", "null"}) String failureReason,
            @Schema(format = "date-time") Instant approvedAt,
            @Schema(description = "The deadline of PROC-3", format = "date-time") Instant processBy,
            @Schema(types = {"string", "null"}, format = "date-time") Instant completedAt,
            @ArraySchema(schema = @Schema(implementation = AttemptView.class),
                    arraySchema = @Schema(description = "Every provider call, in order")) List<AttemptView> attempts) {
    }

    @Schema(name = "PayoutAttempt", description = "One call to the payment provider and its answer",
            requiredProperties = {"attempt", "at", "outcome", "providerReference", "detail"})
    record AttemptView(
            @Schema(minimum = "1", example = "1") int attempt,
            @Schema(format = "date-time") Instant at,
            @Schema(allowableValues = {"SUCCEEDED", "PENDING", "TRANSIENT_FAILURE", "PERMANENT_FAILURE", "NOT_FOUND"},
                    example = "SUCCEEDED") String outcome,
            @Schema(types = {"string", "null"}, example = "sim_re_42") String providerReference,
            @Schema(description = "The provider's reason for a failure", types = {"string", "null"},
                    example = "rate_limited: too many requests, try again later") String detail) {
    }

    private final PaymentRecords records;

    RefundPaymentController(PaymentRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/refund-payments/{refundId}")
    @Operation(operationId = "getRefundPayment", summary = "Read a refund's payment",
            description = "What was paid out for an approved refund, how, its status and every provider attempt.")
    @ApiResponse(responseCode = "200", description = "The refund's payment")
    @ApiResponse(responseCode = "404", description = "No approval of this refund is in the ledger (yet)",
            content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(ref = ProblemSchema.REF),
                    examples = @ExampleObject(value = """
                            {"type": "https://necxian.example/problems/refund-payment-not-found",
                             "title": "Refund payment not found", "status": 404,
                             "detail": "No payment for refund 5d1b3c1e-7a7e-4c1a-9f3e-2a6b8c0d1e2f is known (an approval may take a moment to arrive).",
                             "instance": "/api/v1/refund-payments/5d1b3c1e-7a7e-4c1a-9f3e-2a6b8c0d1e2f"}""")))
    RefundPaymentView find(@Parameter(description = "The refund's id (intake's refundId)",
            example = "5d1b3c1e-7a7e-4c1a-9f3e-2a6b8c0d1e2f") @PathVariable String refundId) {
        return view(records.refundPayment(refundId));
    }

    private static RefundPaymentView view(LedgerEntry e) {
        var p = e.payout();
        return new RefundPaymentView(p.refundId(), p.orderNumber(), p.resolution(), p.paymentMethod(),
                p.paymentReference(), Money.decimal(p.approvedMinor(), p.currency()),
                Money.decimal(e.payoutMinor(), p.currency()), p.currency(), e.status(), e.providerReference(),
                e.failureReason(), p.approvedAt(), p.processBy(), e.completedAt(),
                e.attemptLog().stream().map(a -> new AttemptView(a.number(), a.at(), a.outcome(),
                        a.providerReference(), a.detail())).toList());
    }
}
