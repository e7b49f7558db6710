package com.necxian.refunds.policy.domain;

import java.util.List;

/** What the storefront shows before purchase (EXC-1): whether an item can be refunded, and why. */
public record RefundabilityAnswer(Refundable refundable, String label, List<String> clauses, int policyVersion) {

    public RefundabilityAnswer {
        clauses = List.copyOf(clauses);
    }
}
