package com.necxian.refunds.intake.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/** 404 {@code refund-not-found}: no refund with this id is in the status view (yet). */
public class RefundNotFound extends ApiProblem {

    public static final ProblemType TYPE = new ProblemType("refund-not-found", "Refund not found");

    RefundNotFound(String refundId) {
        super(HttpStatus.NOT_FOUND, TYPE, "No refund with id " + refundId
                + " is known (a new one may take a moment to appear).");
    }
}
