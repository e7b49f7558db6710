package com.necxian.refunds.intake.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.intake.application.Acknowledgement;
import com.necxian.refunds.intake.application.ReadRefundStatus;
import com.necxian.refunds.intake.application.RefundRequestBody;
import com.necxian.refunds.intake.application.StatusView;
import com.necxian.refunds.intake.application.SubmitRefund;
import com.necxian.refunds.intake.domain.RequestLimits;
import com.necxian.refunds.web.openapi.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The storefront's HTTP door: submits and reads refunds through the use cases, nothing else. */
@RestController
@RequestMapping("/api/v1/refunds")
@Tag(name = "refunds")
class RefundController {

    private final SubmitRefund submit;
    private final ReadRefundStatus read;

    RefundController(SubmitRefund submit, ReadRefundStatus read) {
        this.submit = submit;
        this.read = read;
    }

    @PostMapping
    @Operation(operationId = "submitRefund", summary = "Submit a refund request", description = """
            202 once RefundRequested is durably written to Kafka (acks=all); 400 lists every bad field; 401 without \
            the storefront key; 413 above 256 KiB (chunked bodies too); 422 when an Idempotency-Key is reused with \
            another body; 503 with Retry-After when nothing could be accepted (retry safely). Every text and list has \
            a limit (maxLength in characters, i.e. Unicode code points; maxItems); evidence URIs must be absolute \
            https: URIs. No text may hold a control character (description and evidence notes may hold tab and line \
            breaks) or an unpaired surrogate; dates lie between 2000-01-01 and a year after the request (a \
            subscription may end up to ten years after it).""")
    @ApiResponse(responseCode = "202", description = "Accepted: the request is recorded and will be decided.",
            headers = @Header(name = "Location", description = "The refund's status view.",
                    schema = @Schema(type = "string", format = "uri-reference",
                            example = "/api/v1/refunds/3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Acknowledgement.class),
                    examples = @ExampleObject(name = "accepted", value = ApiExamples.ACKNOWLEDGEMENT)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    @ApiResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @ApiResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @ApiResponse(responseCode = "422", ref = OpenApiDescription.IDEMPOTENCY_KEY_REUSED)
    @ApiResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
    ResponseEntity<Acknowledgement> submit(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = RefundRequestBody.class),
                    examples = @ExampleObject(name = "headphones", value = ApiExamples.REFUND_REQUEST)))
            @RequestBody RefundRequestBody body,
            @Parameter(description = "Makes a retry safe: the same key with the same body gets the first answer again "
                    + "and creates nothing; with another body, 422.", schema = @Schema(minLength = 1,
                            maxLength = RequestLimits.IDEMPOTENCY_KEY, example = "order-NX-100234-return-1"))
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(description = "Carried on the refund's events (a new one when absent).",
                    schema = @Schema(maxLength = 128, example = "c-7d2f"))
            @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        Acknowledgement answer = submit.accept(body, idempotencyKey,
                correlationId == null ? UUID.randomUUID().toString() : correlationId);
        return ResponseEntity.accepted().location(URI.create("/api/v1/refunds/" + answer.refundId())).body(answer);
    }

    @GetMapping("/{refundId}")
    @Operation(operationId = "getRefund", summary = "Read a refund's status",
            description = "Status, deadlines, decision (amount, resolution, clauses, policy version, who decided, "
                    + "lines), payment outcome and history; review while UNDER_REVIEW. Built from the events, so a "
                    + "refund just accepted may take a moment to appear (404 until then).")
    @ApiResponse(responseCode = "200", description = "The refund's status view.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = StatusView.class),
            examples = @ExampleObject(name = "approved", value = ApiExamples.STATUS_VIEW)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.PATH_NOT_PLAIN)
    @ApiResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @ApiResponse(responseCode = "404", ref = OpenApiDescription.REFUND_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
    StatusView status(@Parameter(description = "The refundId of the 202 answer.",
            example = "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10") @PathVariable String refundId) {
        return read.of(refundId);
    }

    @GetMapping
    @Operation(operationId = "listRefundsOfOrder", summary = "List an order's refunds",
            description = "The status view of every refund of the order, oldest change first; empty when none.")
    @ApiResponse(responseCode = "200", description = "The order's refunds.", content = @Content(
            mediaType = "application/json", array = @io.swagger.v3.oas.annotations.media.ArraySchema(
                    schema = @Schema(implementation = StatusView.class)),
            examples = @ExampleObject(name = "one refund", value = "[" + ApiExamples.STATUS_VIEW + "]")))
    @ApiResponse(responseCode = "400", ref = OpenApiDescription.ORDER_NUMBER_MISSING)
    @ApiResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @ApiResponse(responseCode = "503", ref = ProblemResponses.UNAVAILABLE)
    List<StatusView> byOrder(@Parameter(description = "The order's number.", schema = @Schema(
            maxLength = RequestLimits.ORDER_NUMBER, example = "NX-100234")) @RequestParam String orderNumber) {
        return read.ofOrder(orderNumber);
    }
}
