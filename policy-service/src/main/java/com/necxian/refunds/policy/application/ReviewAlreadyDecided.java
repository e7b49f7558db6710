package com.necxian.refunds.policy.application;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.policy.store.Reviews;
import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

/** 409 {@code review-already-decided}: a case is decided once; the first decision stands. */
public class ReviewAlreadyDecided extends ApiProblem {

    public static final ProblemType TYPE = new ProblemType("review-already-decided", "Review already decided");

    ReviewAlreadyDecided(Reviews.Review review) {
        super(HttpStatus.CONFLICT, TYPE, "Refund " + review.refundId() + " was already decided ("
                + review.decision() + ") by " + review.decidedBy() + ".");
    }
}
