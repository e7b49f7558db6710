package com.necxian.refunds.policy.domain;

/** The outcome of a whole refund request. */
public enum RequestOutcome {
    APPROVED, DENIED, REVIEW
}
