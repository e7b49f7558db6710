package com.necxian.refunds.policy.domain;

/** What the storefront shows a buyer before purchase (EXC-1). */
public enum Refundable {
    YES, CASE_BY_CASE, NO
}
