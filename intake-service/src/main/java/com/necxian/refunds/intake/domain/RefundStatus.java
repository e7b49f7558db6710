package com.necxian.refunds.intake.domain;

/**
 * A refund's status as the customer sees it. The rank orders the lifecycle so the view never goes backwards:
 * a late or redelivered event with a lower rank than the current status is recorded in history only.
 */
public enum RefundStatus {
    RECEIVED(0), UNDER_REVIEW(1), APPROVED(2), DENIED(2), PROCESSED(3), FAILED(3);

    private final int rank;

    RefundStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean supersedes(RefundStatus current) {
        return current == null || rank > current.rank;
    }
}
