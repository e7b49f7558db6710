package com.necxian.refunds.policy.domain;

import java.util.List;
import java.util.stream.Stream;

/** The 19-row per-line decision table of policy-rules.md; the first matching row wins. */
final class DecisionTable {

    private static final List<TableRow> ROWS = Stream.of(
                    ServiceRows.rows(), SubscriptionRows.rows(), DigitalRows.rows(), PhysicalRows.rows())
            .flatMap(List::stream)
            .toList();

    private DecisionTable() {
    }

    /** Expects a line that passed {@link InputCheck}; such a line always matches a row. */
    static LineEvaluation evaluate(LineFacts facts) {
        return ROWS.stream()
                .filter(row -> row.appliesTo().test(facts))
                .findFirst()
                .map(row -> row.decision().apply(facts))
                .orElseThrow(() -> new IllegalStateException("no table row for line " + facts.line().lineId()));
    }

    static List<TableRow> rows() {
        return ROWS;
    }
}
