package com.necxian.refunds.policy.domain;

import java.util.function.Function;
import java.util.function.Predicate;

/** One row of the decision table in policy-rules.md: when it applies, and what it decides. */
record TableRow(String number, Predicate<LineFacts> appliesTo, Function<LineFacts, LineEvaluation> decision) {

    static TableRow row(String number, Predicate<LineFacts> appliesTo, Function<LineFacts, LineEvaluation> decision) {
        return new TableRow(number, appliesTo, decision);
    }

    static Predicate<LineFacts> productIs(ProductType type) {
        return facts -> facts.productType() == type;
    }
}
