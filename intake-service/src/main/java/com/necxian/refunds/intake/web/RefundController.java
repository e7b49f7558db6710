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

import com.necxian.refunds.intake.store.RefundViews;

import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/refunds")
class RefundController {

    private final RefundIntake intake;
    private final RefundViews views;
    private final JsonMapper json;

    RefundController(RefundIntake intake, RefundViews views, JsonMapper json) {
        this.intake = intake;
        this.views = views;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<Acknowledgement> submit(@RequestBody RefundRequestBody body,
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
    StatusView status(@PathVariable String refundId) {
        return views.find(refundId).map(this::toStatusView).orElseThrow(() -> new RefundNotFound(refundId));
    }

    @GetMapping
    List<StatusView> byOrder(@RequestParam String orderNumber) {
        return views.findByOrder(orderNumber).stream().map(this::toStatusView).toList();
    }

    private StatusView toStatusView(RefundViews.View view) {
        return new StatusView(view.refundId(), view.orderNumber(), view.status().name(), view.respondBy(),
                view.processBy(), parse(view.decisionJson()), parse(view.paymentJson()),
                view.history().stream().map(h -> new StatusView.Step(h.status().name(), h.at())).toList());
    }

    private Map<?, ?> parse(String text) {
        return text == null ? null : json.readValue(text, Map.class);
    }

    /** The status view of http-api.md. */
    record StatusView(String refundId, String orderNumber, String status, Instant respondBy, Instant processBy,
            Map<?, ?> decision, Map<?, ?> payment, List<Step> history) {

        record Step(String status, Instant at) {
        }
    }
}
