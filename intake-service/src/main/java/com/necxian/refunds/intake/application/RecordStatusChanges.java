package com.necxian.refunds.intake.application;

import java.util.List;

import org.springframework.stereotype.Component;

import com.necxian.refunds.intake.store.RefundViews;

import tools.jackson.databind.json.JsonMapper;

/**
 * The use case "record status changes": applies what refund events say to the status view, each event once, in one
 * database transaction for the lot. The status never goes backwards (see {@code RefundStatus}); the details of a late
 * event are kept.
 */
@Component
public class RecordStatusChanges {

    private final RefundViews views;
    private final JsonMapper json;

    RecordStatusChanges(RefundViews views, JsonMapper json) {
        this.views = views;
        this.json = json;
    }

    public void apply(List<StatusChange> changes) {
        views.applyAll(changes.stream().map(this::toUpdate).toList());
    }

    private RefundViews.Update toUpdate(StatusChange change) {
        return new RefundViews.Update(change.eventId(), change.refundId(), change.orderNumber(), change.status(),
                change.at(), change.respondBy(), change.processBy(), text(change.decision()), text(change.payment()),
                text(change.review()), change.traceId());
    }

    private String text(Object part) {
        return part == null ? null : json.writeValueAsString(part);
    }
}
