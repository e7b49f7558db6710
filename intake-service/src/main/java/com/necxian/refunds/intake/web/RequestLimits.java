package com.necxian.refunds.intake.web;

import java.time.Instant;
import java.time.Period;

/**
 * How big a refund request may be: the whole body in bytes, each text in characters (Unicode code points), each
 * list in items, each date in a range. A request that keeps every field within its limit stays well under the body limit when written
 * in ASCII (about 150 KiB with every field and list at its limit), so the body limit only bites on padding,
 * heavily escaped text or non-Latin scripts.
 */
final class RequestLimits {

    /** The whole body as sent, in bytes (http-api.md: 413 above 256 KiB). */
    static final long BODY_BYTES = 256 * 1024;

    static final int ORDER_NUMBER = 64;
    static final int CUSTOMER_ID = 64;
    /** The longest address SMTP can carry (RFC 5321 path limit). */
    static final int CUSTOMER_EMAIL = 254;
    static final int CUSTOMER_NAME = 200;
    static final int PAYMENT_REFERENCE = 128;
    static final int DESCRIPTION = 4000;
    static final int LINES = 100;
    static final int LINE_ID = 64;
    static final int SKU = 64;
    static final int LINE_DESCRIPTION = 500;
    static final int EVIDENCE = 20;
    static final int EVIDENCE_URI = 2048;
    static final int EVIDENCE_NOTE = 1000;

    /** No date of a request (order, processing, delivery, service, subscription) lies before this. */
    static final Instant EARLIEST_DATE = Instant.parse("2000-01-01T00:00:00Z");
    /** How far after the request's arrival a date may lie (clocks differ; nothing is dated ahead on purpose). */
    static final Period DATES_AHEAD = Period.ofYears(1);
    /** How far ahead a subscription period may end (multi-year plans). */
    static final Period PERIOD_END_AHEAD = Period.ofYears(10);

    private RequestLimits() {
    }
}
