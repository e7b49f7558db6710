package com.necxian.refunds.policy.web;

import java.time.Instant;

import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;

import io.swagger.v3.oas.annotations.media.Schema;

/** A policy version as the API (and the console's history) shows it. */
@Schema(name = "PolicyVersion", description = "A numbered policy version (CHG-1): the highest is in force.")
record PolicyVersionView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", example = "3") int version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant effectiveAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Customers were e-mailed (CHG-2)")
        boolean significant,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Returns within 45 days.") String summary,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "policy-owner") String postedBy,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PolicySettingsBody settings) {

    static PolicyVersionView of(PolicyVersion version) {
        return new PolicyVersionView(version.version(), version.effectiveAt(), version.significant(),
                version.summary(), version.createdBy(), PolicySettingsBody.of(version.settings()));
    }
}
