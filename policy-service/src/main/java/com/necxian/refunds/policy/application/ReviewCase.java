package com.necxian.refunds.policy.application;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.store.Reviews;

/** A review case with the request it is about and the engine's decision that opened it. */
public record ReviewCase(Reviews.Review review, RefundRequested request, RefundDecision decision) {

    public String refundId() {
        return review.refundId();
    }

    public String currency() {
        return request.getCurrency();
    }
}
