package com.necxian.refunds.intake.application;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The 202 answer to an accepted request. */
@Schema(description = "The request is recorded; its status view is at the Location header.")
public record Acknowledgement(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10")
        String refundId,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "RECEIVED") String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The customer is answered by then (PROC-2).")
        Instant respondBy) {
}
