package com.necxian.refunds.policy.domain;

/** What the decision table says about one order line. */
public enum LineOutcome {
    APPROVE, DENY, REVIEW
}
