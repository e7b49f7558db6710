package com.necxian.refunds.events;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;

/** The one place that names every topic. Record key: the order number (policy changes: {@link #POLICY_KEY}). */
public final class Topics {

    public static final String REFUND_REQUESTED = "refund.requested";
    public static final String REFUND_REVIEW_REQUIRED = "refund.review-required";
    public static final String REFUND_APPROVED = "refund.approved";
    public static final String REFUND_DENIED = "refund.denied";
    public static final String REFUND_PROCESSED = "refund.processed";
    public static final String REFUND_FAILED = "refund.failed";
    public static final String REFUND_POLICY_CHANGED = "refund-policy.changed";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    public static final String POLICY_KEY = "policy";

    public static final List<String> ALL = List.of(REFUND_REQUESTED, REFUND_REVIEW_REQUIRED, REFUND_APPROVED,
            REFUND_DENIED, REFUND_PROCESSED, REFUND_FAILED, REFUND_POLICY_CHANGED);

    /** Topics whose events carry a refund (everything but policy changes). */
    public static final List<String> REFUND_TOPICS = ALL.subList(0, 6);

    private Topics() {
    }

    /** The topic an event belongs on. */
    public static String of(SpecificRecord event) {
        return EventSchemas.BY_TOPIC.entrySet().stream()
                .filter(e -> e.getValue().getFullName().equals(event.getSchema().getFullName()))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic for " + event.getSchema().getFullName()));
    }

    /** The record key: the order number, so one order's events stay in one partition, in order. */
    public static String keyOf(SpecificRecord event) {
        var field = event.getSchema().getField("orderNumber");
        return field == null ? POLICY_KEY : event.get(field.pos()).toString();
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
