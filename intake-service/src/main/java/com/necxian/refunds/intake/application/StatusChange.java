package com.necxian.refunds.intake.application;

import java.time.Instant;

import com.necxian.refunds.intake.domain.RefundStatus;

/**
 * What one refund event says about its refund; null parts leave what the view holds as it is. {@code traceId}: the
 * trace the event's record carried (the first one stored stays).
 */
public record StatusChange(String eventId, String refundId, String orderNumber, RefundStatus status, Instant at,
        Instant respondBy, Instant processBy, StatusView.Decision decision, StatusView.PaymentOutcome payment,
        StatusView.Review review, String traceId) {

    public static StatusChange of(String eventId, String refundId, String orderNumber, RefundStatus status,
            Instant at) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, null, null, null, null, null, null);
    }

    public StatusChange respondBy(Instant by) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, by, processBy, decision, payment, review,
                traceId);
    }

    public StatusChange processBy(Instant by) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, respondBy, by, decision, payment, review,
                traceId);
    }

    public StatusChange decided(StatusView.Decision it) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, respondBy, processBy, it, payment, review,
                traceId);
    }

    public StatusChange paid(StatusView.PaymentOutcome it) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, respondBy, processBy, decision, it, review,
                traceId);
    }

    public StatusChange reviewed(StatusView.Review it) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, respondBy, processBy, decision, payment, it,
                traceId);
    }

    public StatusChange tracedBy(String id) {
        return new StatusChange(eventId, refundId, orderNumber, status, at, respondBy, processBy, decision, payment,
                review, id);
    }
}
