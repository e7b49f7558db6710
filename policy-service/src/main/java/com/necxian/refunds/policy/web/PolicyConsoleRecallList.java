package com.necxian.refunds.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.policy.web.PolicyConsole.Change;
import com.necxian.refunds.web.problem.FieldProblem;

/**
 * The recall list (EXC-3) as the console's form has it: the recalled SKUs, one a line, in the order written
 * ({@link com.necxian.refunds.policy.domain.PolicySettings#withRecallList} makes them the version's list).
 */
record PolicyConsoleRecallList(List<String> skus) {

    static final String FIELD = "recalls";

    /** The SKUs of the lines, blank lines skipped and repeats once; each checked as the recall API checks one. */
    static PolicyConsoleRecallList parse(String text, List<FieldProblem> problems) {
        Set<String> skus = new LinkedHashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String sku = line.strip();
            if (sku.isEmpty()) {
                continue;
            }
            RecallBody.skuProblem(sku).ifPresentOrElse(
                    problem -> problems.add(new FieldProblem(FIELD, "each line is one SKU that " + problem
                            + " (not: " + abbreviated(sku) + ")")),
                    () -> skus.add(sku));
        }
        return new PolicyConsoleRecallList(List.copyOf(skus));
    }

    static String text(List<Recall> recalls) {
        return String.join("\n", recalls.stream().map(Recall::sku).toList());
    }

    /** One preview row per SKU added or removed. */
    List<Change> changesFrom(List<Recall> inForce) {
        List<String> listed = inForce.stream().map(Recall::sku).toList();
        List<Change> changes = new ArrayList<>();
        skus.stream().filter(sku -> !listed.contains(sku)).forEach(sku ->
                changes.add(new Change("Recall of SKU " + sku + " (EXC-3)", "not listed", "added")));
        listed.stream().filter(sku -> !skus.contains(sku)).forEach(sku ->
                changes.add(new Change("Recall of SKU " + sku + " (EXC-3)", "listed", "removed")));
        return changes;
    }

    private static String abbreviated(String sku) {
        return sku.length() <= 40 ? sku : sku.substring(0, 40) + "…";
    }
}
