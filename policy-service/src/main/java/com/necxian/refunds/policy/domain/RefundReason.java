package com.necxian.refunds.policy.domain;

/** The reason the customer gives for the request (PROC-1). */
public enum RefundReason {
    DEFECTIVE, PRODUCT_RECALL, NOT_AS_DESCRIBED, TECHNICAL_ISSUE, BILLING_ERROR, NOT_DELIVERED,
    SIGNIFICANT_DEVIATION, NO_LONGER_NEEDED, DISSATISFIED, OTHER
}
