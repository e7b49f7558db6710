package com.necxian.refunds.payment.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.payment.web.OpenApiFormats;
import com.necxian.refunds.web.problem.ProblemType;
import com.necxian.refunds.web.problem.ServiceUnavailable;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), both readable without credentials, committed as
 * docs/openapi/payment-service.json. The answers every operator route can give (400 for a path not in its plain
 * form, 401, 503) are added to every operation here; each controller describes its own 200 and 404.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String OPERATOR = "operator";

    @Bean
    OpenAPI paymentApi() {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: payment").version("v1")
                        .description("What was paid out for approved refunds and customers' store credit, for the "
                                + "operator. Money is a decimal string with the currency's fraction digits; errors "
                                + "are RFC 9457 problem details with a stable type.")
                        .contact(new Contact().name("Necxian Refunds").url("https://necxian.example/refunds"))
                        .license(new License().name("Proprietary").url("https://necxian.example/license")))
                .servers(List.of(new Server().url("http://127.0.0.1:8082").description("run-local.sh")))
                .components(new Components()
                        .addSecuritySchemes(OPERATOR, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("The operator's credentials (OPERATOR_USER, "
                                        + "OPERATOR_PASSWORD)"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(OPERATOR));
    }

    @Bean
    OpenApiCustomizer answersOfEveryOperatorRoute() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            var responses = operation.getResponses();
            responses.addApiResponse("400", problem("The path is not in its plain form (no ';' parameters, "
                    + "encoded slashes or dots, '//', '/./' or '/../')", ProblemType.PATH_NOT_PLAIN, 400,
                    "The request path is not in its plain form (no ';' parameters, encoded slashes or dots, '//', "
                            + "'/./' or '/../'); send the path exactly as documented."));
            responses.addApiResponse("401", problem("Missing or wrong credentials (any role's but the operator's)",
                    ProblemType.UNAUTHORIZED, 401,
                    "Missing or wrong credentials. Send the credentials of a role allowed here with HTTP Basic.")
                    .addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"payment-service\"")
                            .schema(typed("string"))));
            responses.addApiResponse("503", problem("The database is unavailable; nothing was read, retry later",
                    ProblemType.UNAVAILABLE, 503,
                    "The request could not be recorded right now and nothing was done. Retry it later.")
                    .addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                            .schema(typed("integer").example(
                                    Integer.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS)))));
        }));
    }

    private static ApiResponse problem(String description, ProblemType type, int status, String detail) {
        Map<String, Object> example = Map.of("type", type.uri().toString(), "title", type.title(), "status", status,
                "detail", detail);
        return new ApiResponse().description(description).content(new Content().addMediaType(OpenApiFormats.PROBLEM,
                new MediaType().schema(new Schema<>().$ref(OpenApiFormats.PROBLEM_SCHEMA)).example(example)));
    }

    /** OpenAPI 3.1 spells a schema's type as a set. */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().types(Set.of(type));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return typed("object").description("An RFC 9457 problem; clients branch on type")
                .addProperty("type", typed("string").format("uri")
                        .description("Stable: https://necxian.example/problems/<slug>")
                        .example(ProblemType.NOT_FOUND.uri().toString()))
                .addProperty("title", typed("string").description("The type's short title")
                        .example(ProblemType.NOT_FOUND.title()))
                .addProperty("status", typed("integer").format("int32").minimum(
                        BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).example(404))
                .addProperty("detail", typed("string")
                        .description("What happened to this request, for people"))
                .addProperty("instance", typed("string").format("uri-reference")
                        .description("The request's path"))
                .required(List.of("type", "title", "status"));
    }
}
