package com.necxian.refunds.policy.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/** 404 {@code policy-version-not-found}: no policy version with this number (yet). */
public class PolicyVersionNotFound extends ApiProblem {

    public static final ProblemType TYPE = new ProblemType("policy-version-not-found", "Policy version not found");

    PolicyVersionNotFound(int version) {
        super(HttpStatus.NOT_FOUND, TYPE, "There is no policy version " + version + ".");
    }
}
