package com.necxian.refunds.intake.application;

import com.necxian.refunds.web.problem.ServiceUnavailable;

/**
 * 503 {@code unavailable} with Retry-After: RefundRequested was not acknowledged by the broker, so nothing was
 * accepted and the key (if any) is free again; the storefront retries safely.
 */
public class RefundRequestNotWritten extends ServiceUnavailable {

    public RefundRequestNotWritten() {
        super("The refund request could not be recorded right now and nothing was accepted. Retry it later.");
    }
}
