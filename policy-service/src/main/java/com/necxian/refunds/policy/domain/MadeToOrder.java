package com.necxian.refunds.policy.domain;

/** Whether a physical item was made for this customer (EXC-1). */
public enum MadeToOrder {
    NONE, SPECIAL_ORDER, CUSTOMIZED, UNKNOWN;

    boolean isMadeToOrder() {
        return this == SPECIAL_ORDER || this == CUSTOMIZED;
    }
}
