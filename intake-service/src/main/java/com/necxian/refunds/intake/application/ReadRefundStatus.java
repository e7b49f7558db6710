package com.necxian.refunds.intake.application;

import java.util.List;

import org.springframework.stereotype.Component;

import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.intake.store.RefundViews;

import tools.jackson.databind.json.JsonMapper;

/** The use case "read a refund's status": the status view of one refund, or of every refund of an order. */
@Component
public class ReadRefundStatus {

    private final RefundViews views;
    private final JsonMapper json;

    ReadRefundStatus(RefundViews views, JsonMapper json) {
        this.views = views;
        this.json = json;
    }

    /** @throws RefundNotFound when no event of the refund is in the view yet */
    public StatusView of(String refundId) {
        return views.find(refundId).map(this::toStatusView).orElseThrow(() -> new RefundNotFound(refundId));
    }

    public List<StatusView> ofOrder(String orderNumber) {
        return views.findByOrder(orderNumber).stream().map(this::toStatusView).toList();
    }

    private StatusView toStatusView(RefundViews.View view) {
        StatusView.Review review = view.status() == RefundStatus.UNDER_REVIEW
                ? parse(view.reviewJson(), StatusView.Review.class) : null;
        return new StatusView(view.refundId(), view.orderNumber(), view.status(), view.respondBy(), view.processBy(),
                parse(view.decisionJson(), StatusView.Decision.class),
                parse(view.paymentJson(), StatusView.PaymentOutcome.class), review,
                view.history().stream().map(h -> new StatusView.HistoryEntry(h.status(), h.at())).toList(),
                view.traceId());
    }

    private <T> T parse(String text, Class<T> type) {
        return text == null ? null : json.readValue(text, type);
    }
}
