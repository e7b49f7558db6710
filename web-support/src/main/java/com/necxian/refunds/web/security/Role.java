package com.necxian.refunds.web.security;

/** Who may call what: each role has its own credentials and can do only its own work. */
public enum Role {

    /** The storefront (X-Api-Key): submits and reads refunds, asks whether a product is refundable. */
    STOREFRONT,
    /** A reviewer (HTTP Basic): the review queue and its decisions. */
    REVIEWER,
    /** The policy owner (HTTP Basic): posts policy versions and the recall list. */
    POLICY_OWNER,
    /** An operator (HTTP Basic): payment and notification operator endpoints. */
    OPERATOR;

    /** The authority Spring Security checks with {@code hasRole(name())}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
