package com.necxian.refunds.intake.web;

import java.io.IOException;

/**
 * The body turned out to be larger than {@link RequestLimits#BODY_BYTES} while it was being read (a chunked upload
 * has no Content-Length to check first). Thrown by the request's input stream, so whoever reads the body (Jackson,
 * through Spring's message converter) fails; {@link ProblemResponses} answers 413 however it was wrapped.
 */
class BodyTooLarge extends IOException {

    static final String DETAIL = "A refund request may be at most 256 KiB (262,144 bytes) of JSON. Shorten the "
            + "free text (description, line descriptions, evidence notes), send fewer lines or evidence items, and "
            + "link evidence by https URI instead of embedding it.";

    BodyTooLarge() {
        super("request body above " + RequestLimits.BODY_BYTES + " bytes");
    }
}
