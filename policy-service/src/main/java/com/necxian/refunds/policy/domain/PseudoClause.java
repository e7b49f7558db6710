package com.necxian.refunds.policy.domain;

/**
 * Clause IDs for request-level rules that the policy text implies but policy-rules.md gives no
 * clause for. They are cited like real clauses so every outcome still says what it rests on.
 * <ul>
 *   <li>{@value #DUPLICATE}: a line already refunded by an earlier approved request of the same
 *       order is not refunded again.</li>
 *   <li>{@value #CAP}: the approved amounts of an order never add up to more than was paid for it.</li>
 *   <li>{@value #INPUT}: the request is incomplete or contradicts itself, so a person checks it
 *       instead of the engine guessing.</li>
 * </ul>
 */
public final class PseudoClause {

    public static final String DUPLICATE = "REQ-DUPLICATE";
    public static final String CAP = "REQ-CAP";
    public static final String INPUT = "REQ-INPUT";

    private PseudoClause() {
    }
}
