package com.necxian.refunds.web.openapi;

import java.math.BigDecimal;
import java.util.List;

import com.necxian.refunds.web.problem.ProblemType;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The RFC 9457 problem every error answer is ({@code Problem}, with {@code errors} listing {@code FieldProblem}s).
 * A service whose own problem types carry more properties registers {@link #problem()} with them added under
 * {@link #NAME} itself; otherwise {@link ProtectedRouteAnswers} registers it.
 */
public final class ProblemSchema {

    public static final String NAME = "Problem";
    public static final String FIELD_PROBLEM = "FieldProblem";
    /** For {@code @Schema(ref = ...)} in a service's own problem answers. */
    public static final String REF = "#/components/schemas/" + NAME;
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {
    }

    public static Schema<Object> problem() {
        Schema<Object> problem = new ObjectSchema().description("An RFC 9457 problem; clients branch on type")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable: " + ProblemType.BASE + "<slug>")
                        .example(ProblemType.INVALID_REQUEST.uri().toString()))
                .addProperty("title", new StringSchema().description("The type's short title")
                        .example(ProblemType.INVALID_REQUEST.title()))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", new StringSchema().description("What happened to this request, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request's path"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + FIELD_PROBLEM)).description("A 400 that names fields (invalid-request...): every invalid "
                        + "field"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    public static Schema<Object> fieldProblem() {
        Schema<Object> field = new ObjectSchema().description("One invalid field")
                .addProperty("field", new StringSchema().description("A property path (e.g. lines[0].amountPaid), "
                        + "a parameter or a header name").example("amount"))
                .addProperty("message", new StringSchema().description("What is wrong there")
                        .example("is required"));
        field.setRequired(List.of("field", "message"));
        return field;
    }
}
