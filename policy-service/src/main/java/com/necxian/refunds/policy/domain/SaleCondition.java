package com.necxian.refunds.policy.domain;

/** How a physical item was sold; promotional and clearance items are final sale (EXC-2). */
public enum SaleCondition {
    REGULAR, PROMOTIONAL, CLEARANCE, UNKNOWN;

    boolean isFinalSale() {
        return this == PROMOTIONAL || this == CLEARANCE;
    }
}
