package com.necxian.refunds.policy.web;

import java.util.ArrayList;
import java.util.List;

import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /api/v1/policy/versions: the settings to change, whether to announce it, and why. */
@Schema(name = "NewPolicyVersion")
record NewPolicyVersion(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PolicySettingsBody settings,
        @Schema(description = "Announce it to customers (CHG-2, RefundPolicyChanged); default false")
        Boolean significant,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What changed, in words customers "
                + "read for a significant version", maxLength = NewPolicyVersion.MAX_SUMMARY)
        String summary) {

    static final int MAX_SUMMARY = 1000;

    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (settings == null) {
            problems.add(new FieldProblem("settings", "is required"));
        }
        if (summary == null || summary.isBlank() || summary.length() > MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "is required, at most " + MAX_SUMMARY + " characters: "
                    + "customers read it for significant changes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The policy version has invalid fields; each is listed in errors. Nothing "
                    + "was changed.", problems);
        }
    }
}
