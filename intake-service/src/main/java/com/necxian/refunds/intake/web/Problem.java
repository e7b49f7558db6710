package com.necxian.refunds.intake.web;

import java.net.URI;
import java.util.List;

import com.necxian.refunds.web.problem.FieldProblem;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * How every error answer looks (RFC 9457, application/problem+json), for the OpenAPI document only: the answers
 * themselves are web-support's ApiProblems.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. Branch on type, never on title or detail.")
record Problem(
        @Schema(requiredMode = RequiredMode.REQUIRED, format = "uri",
                example = "https://necxian.example/problems/invalid-request",
                description = "Stable per problem; the types are listed in docs/intake-service.md.") URI type,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "Invalid request") String title,
        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "400", maximum = "599", example = "400") int status,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "What went wrong and what to do about it.")
        String detail,
        @Schema(format = "uri-reference", example = "/api/v1/refunds") URI instance,
        @ArraySchema(arraySchema = @Schema(description = "Every bad field (400 only)."))
        List<FieldProblem> errors) {
}
