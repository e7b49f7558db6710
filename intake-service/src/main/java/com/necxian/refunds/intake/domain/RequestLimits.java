package com.necxian.refunds.intake.domain;

import java.time.Instant;
import java.time.Period;

/**
 * How big a refund request may be: the whole body in bytes, each text in characters (Unicode code points), each
 * list in items, each date in a range. A request that keeps every field within its limit stays well under the body limit when written
 * in ASCII (about 150 KiB with every field and list at its limit), so the body limit only bites on padding,
 * heavily escaped text or non-Latin scripts. These are the published contract (http-api.md, and the OpenAPI schema's
 * maxLength/maxItems, which need them as constants), not deployment settings.
 */
public final class RequestLimits {

    /** The whole body as sent, in bytes (http-api.md: 413 above 256 KiB). */
    public static final long BODY_BYTES = 256 * 1024;

    /** The Idempotency-Key header, in characters (http-api.md: up to 255). */
    public static final int IDEMPOTENCY_KEY = 255;
    public static final int ORDER_NUMBER = 64;
    public static final int CUSTOMER_ID = 64;
    /** The longest address SMTP can carry (RFC 5321 path limit). */
    public static final int CUSTOMER_EMAIL = 254;
    public static final int CUSTOMER_NAME = 200;
    public static final int PAYMENT_REFERENCE = 128;
    public static final int DESCRIPTION = 4000;
    public static final int LINES = 100;
    public static final int LINE_ID = 64;
    public static final int SKU = 64;
    public static final int LINE_DESCRIPTION = 500;
    public static final int EVIDENCE = 20;
    public static final int EVIDENCE_URI = 2048;
    public static final int EVIDENCE_NOTE = 1000;

    /** No date of a request (order, processing, delivery, service, subscription) lies before this. */
    public static final Instant EARLIEST_DATE = Instant.parse("2000-01-01T00:00:00Z");
    /** How far after the request's arrival a date may lie (clocks differ; nothing is dated ahead on purpose). */
    public static final Period DATES_AHEAD = Period.ofYears(1);
    /** How far ahead a subscription period may end (multi-year plans). */
    public static final Period PERIOD_END_AHEAD = Period.ofYears(10);

    private RequestLimits() {
    }
}
