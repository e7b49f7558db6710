package com.necxian.refunds.web.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** 503 {@code unavailable} with Retry-After: nothing was done, and the same request may be sent again later. */
public class ServiceUnavailable extends ApiProblem {

    public static final String RETRY_AFTER_SECONDS = "5";

    public ServiceUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, detail);
        getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
