package com.necxian.refunds.policy.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/** A recalled SKU (EXC-3) as the recall API reads and writes it; {@link #skuProblem} is the console's check too. */
@Schema(name = "Recall", description = "A recalled SKU (EXC-3): a recall claim on it is approved without review.")
record RecallBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = RecallBody.MAX_SKU,
                example = "HP-200")
        String sku,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant recalledAt,
        @Schema(maxLength = RecallBody.MAX_NOTE, example = "Battery overheats.") String note) {

    static final int MAX_SKU = 100;
    static final int MAX_NOTE = 1000;

    static RecallBody of(Recall recall) {
        return new RecallBody(recall.sku(), recall.recalledAt(), recall.note());
    }

    /** What is wrong with {@code sku} as a recalled SKU; the console's recall list checks each line with it. */
    static Optional<String> skuProblem(String sku) {
        return sku == null || sku.isBlank() || sku.length() > MAX_SKU
                ? Optional.of("is required, at most " + MAX_SKU + " characters") : Optional.empty();
    }

    Recall toRecall() {
        List<FieldProblem> problems = new ArrayList<>();
        skuProblem(sku).ifPresent(problem -> problems.add(new FieldProblem("sku", problem)));
        if (recalledAt == null) {
            problems.add(new FieldProblem("recalledAt", "is required"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The recall has invalid fields; each is listed in errors. Nothing was "
                    + "changed.", problems);
        }
        return new Recall(sku, recalledAt, note);
    }
}
