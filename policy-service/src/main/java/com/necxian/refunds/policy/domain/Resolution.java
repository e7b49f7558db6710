package com.necxian.refunds.policy.domain;

/** How the money goes back: to the original payment method (PROC-4) or as store credit / exchange (PROC-6). */
public enum Resolution {
    REFUND, STORE_CREDIT, EXCHANGE;

    /** The clause an approval with this resolution rests on, whoever approves: PROC-4 for a refund, else PROC-6. */
    public String clause() {
        return this == REFUND ? "PROC-4" : "PROC-6";
    }
}
