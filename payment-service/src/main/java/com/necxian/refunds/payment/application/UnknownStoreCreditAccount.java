package com.necxian.refunds.payment.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/** 404 {@code store-credit-account-not-found}: the customer was never granted store credit. */
public class UnknownStoreCreditAccount extends ApiProblem {

    public static final ProblemType TYPE =
            new ProblemType("store-credit-account-not-found", "Store-credit account not found");

    UnknownStoreCreditAccount(String customerId) {
        super(HttpStatus.NOT_FOUND, TYPE, "Customer " + customerId + " has no store-credit account.");
    }
}
