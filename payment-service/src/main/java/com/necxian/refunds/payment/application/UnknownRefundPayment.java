package com.necxian.refunds.payment.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/**
 * 404 {@code refund-payment-not-found}: no approval of this refund is in the ledger (yet: an approval reaches the
 * payment service a moment after the decision, so asking again later may find it).
 */
public class UnknownRefundPayment extends ApiProblem {

    public static final ProblemType TYPE = new ProblemType("refund-payment-not-found", "Refund payment not found");

    UnknownRefundPayment(String refundId) {
        super(HttpStatus.NOT_FOUND, TYPE,
                "No payment for refund " + refundId + " is known (an approval may take a moment to arrive).");
    }
}
