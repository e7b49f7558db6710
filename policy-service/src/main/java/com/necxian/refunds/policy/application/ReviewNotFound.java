package com.necxian.refunds.policy.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/** 404 {@code review-not-found}: no review case for this refund (never sent to review, or an unknown id). */
public class ReviewNotFound extends ApiProblem {

    public static final ProblemType TYPE = new ProblemType("review-not-found", "Review not found");

    ReviewNotFound(String refundId) {
        super(HttpStatus.NOT_FOUND, TYPE, "No review case for refund " + refundId + ".");
    }
}
