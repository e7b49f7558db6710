package com.necxian.refunds.events;

import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;

/** Each topic's event schema, as the generated classes carry it. */
public final class EventSchemas {

    public static final Map<String, Schema> BY_TOPIC = Map.of(
            Topics.REFUND_REQUESTED, RefundRequested.getClassSchema(),
            Topics.REFUND_REVIEW_REQUIRED, RefundReviewRequired.getClassSchema(),
            Topics.REFUND_APPROVED, RefundApproved.getClassSchema(),
            Topics.REFUND_DENIED, RefundDenied.getClassSchema(),
            Topics.REFUND_PROCESSED, RefundProcessed.getClassSchema(),
            Topics.REFUND_FAILED, RefundFailed.getClassSchema(),
            Topics.REFUND_POLICY_CHANGED, RefundPolicyChanged.getClassSchema());

    public static final List<Schema> ALL = Topics.ALL.stream().map(BY_TOPIC::get).toList();

    private EventSchemas() {
    }
}
