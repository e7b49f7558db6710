package com.necxian.refunds.intake.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.intake.domain.RequestLimits;
import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/**
 * The body turned out to be larger than {@link RequestLimits#BODY_BYTES} while it was being read (a chunked upload
 * has no Content-Length to check first). Thrown by the request's input stream, so whoever reads the body (Jackson,
 * through Spring's message converter) fails; {@link UnreadableBodyAnswers} answers 413 however it was wrapped.
 */
class BodyTooLarge extends IOException {

    static final String DETAIL = "A refund request may be at most 256 KiB (262,144 bytes) of JSON. Shorten the "
            + "free text (description, line descriptions, evidence notes), send fewer lines or evidence items, and "
            + "link evidence by https URI instead of embedding it.";

    BodyTooLarge() {
        super("request body above " + RequestLimits.BODY_BYTES + " bytes");
    }

    /** 413 {@code content-too-large}, the answer to a body above the limit however it was found. */
    static ApiProblem problem() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.CONTENT_TOO_LARGE, DETAIL);
    }
}
