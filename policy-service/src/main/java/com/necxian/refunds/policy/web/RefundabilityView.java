package com.necxian.refunds.policy.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The refundability label shown at purchase (EXC-1). */
@Schema(name = "Refundability")
record RefundabilityView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"YES", "CASE_BY_CASE", "NO"})
        String refundable,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The text to show the buyer")
        String label,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED),
                schema = @Schema(example = "STD-1"))
        List<String> clauses,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1") int policyVersion) {
}
