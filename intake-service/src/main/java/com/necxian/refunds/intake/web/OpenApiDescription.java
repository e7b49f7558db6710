package com.necxian.refunds.intake.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at /v3/api-docs (UI at /swagger-ui.html), committed as docs/openapi/intake-service.json: the
 * contract of ../shared/design/http-api.md that other teams generate clients from. The operations describe
 * themselves ({@link RefundController}); here are the parts they share.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Bean
    OpenAPI intakeApi(JsonMapper json) {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: intake").version("v1")
                        .description("The storefront submits refund requests and reads their status. Money is a "
                                + "decimal string with the currency's fraction digits; times are ISO-8601 instants in "
                                + "UTC; errors are RFC 9457 problem details with a stable type.")
                        .contact(new Contact().name("Necxian Refunds team").email("refunds-team@necxian.example"))
                        .license(new License().name("Proprietary").url("https://necxian.example/licence")))
                .servers(List.of(new Server().url("http://127.0.0.1:8080").description("local (./run-local.sh)")))
                .tags(List.of(new Tag().name("refunds").description("Refund requests and their status.")))
                .components(new Components()
                        .addSecuritySchemes("storefrontKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("The storefront's API key."))
                        .addResponses("Unauthorized", problem("unauthorized: the X-Api-Key is missing or wrong.",
                                json, ApiExamples.UNAUTHORIZED))
                        .addResponses("Unavailable", problem("unavailable: the database or the broker could not "
                                + "record the request; nothing was done. Retry after Retry-After seconds.", json,
                                ApiExamples.UNAVAILABLE).addHeaderObject("Retry-After", new Header()
                                        .description("Seconds to wait before retrying.")
                                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).example(5)))))
                .addSecurityItem(new SecurityRequirement().addList("storefrontKey"));
    }

    /**
     * web-support's FieldProblem, as the errors of a 400 list it; and the status view's parts that are null until their
     * event came (OpenAPI 3.0 ignores nullable beside a $ref, so the referenced schemas say it).
     */
    @Bean
    OpenApiCustomizer sharedSchemas() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            Map.of("Decision", "The decision; null until decided.",
                    "PaymentOutcome", "The payout's outcome; null until paid or failed.",
                    "Review", "Why a person looks at the refund and by when; null unless UNDER_REVIEW.")
                    .forEach((part, description) -> schemas.get(part).nullable(true).description(description));
            Schema<?> fieldProblem = schemas.get("FieldProblem");
            fieldProblem.description("One bad field of the request.").required(List.of("field", "message"));
            fieldProblem.getProperties().get("field").description("Where: a property path such as "
                    + "lines[0].amountPaid, a header name, or body.").example("lines[0].amountPaid");
            fieldProblem.getProperties().get("message").description("What is wrong there.")
                    .example("is required");
        };
    }

    private static ApiResponse problem(String description, JsonMapper json, String example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(ApiExamples.PROBLEM,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))
                        .addExamples(description.substring(0, description.indexOf(':')),
                                new Example().value(json.readValue(example, Map.class)))));
    }
}
