package com.necxian.refunds.policy.domain;

/** How the money goes back: to the original payment method (PROC-4) or as store credit / exchange (PROC-6). */
public enum Resolution {
    REFUND, STORE_CREDIT, EXCHANGE
}
