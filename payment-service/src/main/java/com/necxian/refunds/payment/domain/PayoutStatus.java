package com.necxian.refunds.payment.domain;

/**
 * A refund payment's state in the ledger. PENDING: not yet accepted by the provider (due for an attempt);
 * SUBMITTED: the provider accepted it and confirms later; SUCCEEDED and FAILED are final.
 */
public enum PayoutStatus {
    PENDING, SUBMITTED, SUCCEEDED, FAILED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
