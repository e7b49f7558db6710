package com.necxian.refunds.notification.config;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description at /v3/api-docs (committed as docs/openapi/notification-service.json): the operator's
 * endpoint, HTTP Basic, and the RFC 9457 problem schemas its errors use ({@code Problem}, and
 * {@code InvalidRequestProblem} with the fields at fault).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String OPERATOR = "operatorBasic";

    @Bean
    OpenAPI notificationApi() {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: notification").version("v1")
                        .description("For operators: the e-mails sent (or waiting, or given up) for a refund. Errors "
                                + "are RFC 9457 problem details with a stable type URI.")
                        .license(new License().name("Proprietary").identifier("LicenseRef-Necxian")))
                .servers(List.of(new Server().url("http://127.0.0.1:8083").description("local (run-local.sh)")))
                .tags(List.of(new Tag().name("notifications").description("The e-mails of a refund")))
                .components(new Components()
                        .addSecuritySchemes(OPERATOR, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("The operator's credentials (role OPERATOR)"))
                        .addSchemas("Problem", problem())
                        .addSchemas("FieldProblem", fieldProblem())
                        .addSchemas("InvalidRequestProblem", invalidRequest()))
                .addSecurityItem(new SecurityRequirement().addList(OPERATOR));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<Object> problem() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")
                .description("Stable problem type: https://necxian.example/problems/<slug>")
                .example("https://necxian.example/problems/unauthorized"));
        properties.put("title", new StringSchema().description("Short summary of the type").example("Unauthorized"));
        properties.put("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).example(401));
        properties.put("detail", new StringSchema().description("What went wrong in this case")
                .example("Full authentication is required to access this resource"));
        properties.put("instance", new StringSchema().format("uri-reference").example("/api/v1/notifications"));
        Schema<Object> problem = new ObjectSchema().description("RFC 9457 problem details").properties(properties);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema<Object> fieldProblem() {
        Schema<Object> field = new ObjectSchema().description("One field at fault")
                .addProperty("field", new StringSchema().example("refundId"))
                .addProperty("message", new StringSchema().example("is required"));
        field.setRequired(List.of("field", "message"));
        return field;
    }

    private static Schema<Object> invalidRequest() {
        Schema<Object> invalid = new ObjectSchema()
                .description("400 problem details: for invalid-request, errors lists every field at fault; "
                        + "path-not-plain has no errors")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://necxian.example/problems/invalid-request"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/notifications"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                        .minItems(1));
        invalid.setRequired(List.of("type", "title", "status"));
        return invalid;
    }
}
