package com.necxian.refunds.intake.web;

/** How big a refund request may be. */
final class RequestLimits {

    /** The whole body as sent, in bytes (http-api.md: 413 above 256 KiB). */
    static final long BODY_BYTES = 256 * 1024;

    private RequestLimits() {
    }
}
