package com.necxian.refunds.payment.domain;

/** What the customer gets back (PROC-4, PROC-6). */
public enum Resolution {
    REFUND, STORE_CREDIT, EXCHANGE
}
