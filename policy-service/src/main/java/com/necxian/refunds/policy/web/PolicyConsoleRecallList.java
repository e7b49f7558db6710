package com.necxian.refunds.policy.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.policy.web.PolicyConsole.Change;

/**
 * The recall list (EXC-3) as the console's form has it: the recalled SKUs, one a line, in the order written. A SKU
 * already recalled keeps its entry (recall date and note); a new one is recalled when the version is posted.
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
            PolicyController.RecallBody.skuProblem(sku).ifPresentOrElse(
                    problem -> problems.add(new FieldProblem(FIELD, "each line is one SKU that " + problem
                            + " (not: " + abbreviated(sku) + ")")),
                    () -> skus.add(sku));
        }
        return new PolicyConsoleRecallList(List.copyOf(skus));
    }

    static String text(List<Recall> recalls) {
        return String.join("\n", recalls.stream().map(Recall::sku).toList());
    }

    /** {@code settings} with exactly these SKUs recalled; {@code inForce} gives the entries of those already listed. */
    PolicySettings applyTo(PolicySettings settings, List<Recall> inForce, Instant now) {
        List<Recall> recalls = skus.stream().map(sku -> inForce.stream().filter(recall -> recall.sku().equals(sku))
                .findFirst().orElse(new Recall(sku, now, null))).toList();
        return new PolicySettings(settings.version(), settings.returnWindowDays(),
                settings.reviewThresholdMinorByCurrency(), settings.digitalComplaintDays(),
                settings.respondWithinDays(), settings.processWithinDays(), recalls);
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
