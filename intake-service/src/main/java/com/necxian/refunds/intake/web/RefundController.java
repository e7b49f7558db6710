package com.necxian.refunds.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.intake.store.RefundViews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/refunds")
class RefundController {

    static final String EXAMPLE_REQUEST = """
            {"orderNumber": "NX-100234", "orderedAt": "2026-11-01T10:00:00Z", "processedAt": "2026-11-01T12:00:00Z",
             "customer": {"id": "C-42", "email": "ana@example.com", "name": "Ana Ruiz"},
             "payment": {"method": "CARD", "reference": "pay_8f2k"}, "currency": "EUR", "reason": "DEFECTIVE",
             "description": "Left earcup crackles after two days.",
             "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/1.jpg", "note": "crack"}],
             "preferredResolution": "REFUND",
             "lines": [{"lineId": "1", "sku": "HP-200", "description": "Headphones", "productType": "PHYSICAL",
                        "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "199.00",
                        "deliveredAt": "2026-11-03T10:00:00Z", "serviceStartedAt": null, "subscriptionPeriod": null}]}
            """;

    private final RefundIntake intake;
    private final RefundViews views;
    private final JsonMapper json;

    RefundController(RefundIntake intake, RefundViews views, JsonMapper json) {
        this.intake = intake;
        this.views = views;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Submit a refund request", description = "202 once RefundRequested is durably written "
            + "to Kafka; 400 lists every bad field; 401 without the storefront key; 413 above 256 KiB; 422 when an "
            + "Idempotency-Key is reused with another body; 503 with Retry-After when nothing could be accepted. "
            + "Every text and list has a limit (maxLength in characters, maxItems in the schema); evidence URIs must "
            + "be absolute https: URIs. No text may hold a control character (description and evidence notes may "
            + "hold tab and line breaks) or an unpaired surrogate; dates lie between 2000-01-01 and a year after "
            + "the request (a subscription may end up to ten years after it). The 256 KiB limit holds for chunked "
            + "bodies too.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(examples = @ExampleObject(
            value = "{\"refundId\": \"5f0c...\", \"status\": \"RECEIVED\", \"respondBy\": \"2026-11-08T10:00:00Z\"}")))
    ResponseEntity<Acknowledgement> submit(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(value = EXAMPLE_REQUEST))) @RequestBody RefundRequestBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw new InvalidRequest(List.of(new FieldProblem("Idempotency-Key", "must be 1 to 255 characters")));
        }
        Acknowledgement answer = intake.accept(body, idempotencyKey,
                correlationId == null ? UUID.randomUUID().toString() : correlationId);
        return ResponseEntity.accepted().location(URI.create("/api/v1/refunds/" + answer.refundId())).body(answer);
    }

    @GetMapping("/{refundId}")
    @Operation(summary = "A refund's status, decision, payment outcome and history (404 when unknown)")
    StatusView status(@PathVariable String refundId) {
        return views.find(refundId).map(this::toStatusView).orElseThrow(() -> new RefundNotFound(refundId));
    }

    @GetMapping
    @Operation(summary = "Every refund of an order")
    List<StatusView> byOrder(@RequestParam String orderNumber) {
        return views.findByOrder(orderNumber).stream().map(this::toStatusView).toList();
    }

    private StatusView toStatusView(RefundViews.View view) {
        Map<?, ?> review = view.status() == RefundStatus.UNDER_REVIEW ? parse(view.reviewJson()) : null;
        return new StatusView(view.refundId(), view.orderNumber(), view.status().name(), view.respondBy(),
                view.processBy(), parse(view.decisionJson()), parse(view.paymentJson()), review,
                view.history().stream().map(h -> new StatusView.Step(h.status().name(), h.at())).toList(),
                view.traceId());
    }

    private Map<?, ?> parse(String text) {
        return text == null ? null : json.readValue(text, Map.class);
    }

    /**
     * The status view of http-api.md ({@code review} only while UNDER_REVIEW), plus {@code traceId}: the trace of the
     * refund's events (the same id in every service's logs and in the X-Trace-Id header of the request that
     * submitted it), null until known.
     */
    record StatusView(String refundId, String orderNumber, String status, Instant respondBy, Instant processBy,
            Map<?, ?> decision, Map<?, ?> payment, Map<?, ?> review, List<Step> history, String traceId) {

        record Step(String status, Instant at) {
        }
    }
}
