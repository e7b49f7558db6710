package com.necxian.refunds.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.policy.application.AmountAboveWhatCanBePaid;
import com.necxian.refunds.policy.application.PolicyVersionNotFound;
import com.necxian.refunds.policy.application.ReviewAlreadyDecided;
import com.necxian.refunds.policy.application.ReviewNotFound;
import com.necxian.refunds.web.problem.ProblemType;
import com.necxian.refunds.web.problem.ServiceUnavailable;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), both readable without credentials, committed as
 * docs/openapi/policy-service.json. The console's HTML pages are not part of it. Here: what every operation shares,
 * the security schemes and the problem answers (RFC 9457) the operations name by reference.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String BASIC = "basicAuth";
    static final String STOREFRONT_KEY = "storefrontKey";

    private static final String RESPONSES = "#/components/responses/";
    static final String INVALID_REQUEST = RESPONSES + "InvalidRequest";
    static final String INVALID_DECISION = RESPONSES + "InvalidDecision";
    static final String UNAUTHORIZED = RESPONSES + "Unauthorized";
    static final String FORBIDDEN = RESPONSES + "Forbidden";
    static final String REVIEW_NOT_FOUND = RESPONSES + "ReviewNotFound";
    static final String POLICY_VERSION_NOT_FOUND = RESPONSES + "PolicyVersionNotFound";
    static final String REVIEW_ALREADY_DECIDED = RESPONSES + "ReviewAlreadyDecided";
    static final String UNSUPPORTED_MEDIA_TYPE = RESPONSES + "UnsupportedMediaType";
    static final String UNAVAILABLE = RESPONSES + "Unavailable";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Bean
    OpenAPI policyApi() {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: policy").version("v1")
                        .license(new License().name("Proprietary, Necxian internal")
                                .url("https://necxian.example/licenses/internal"))
                        .description("The refund policy in force and its versions, the recall list, the "
                                + "refundability label shown at purchase, and the manual review queue. Money is a "
                                + "decimal string with the currency's fraction digits; errors are RFC 9457 problem "
                                + "details whose type URI says what went wrong."))
                .servers(List.of(new Server().url("http://127.0.0.1:8081").description("./run-local.sh")))
                .tags(List.of(new Tag().name("Reviews").description("The manual review queue (reviewers)"),
                        new Tag().name("Policy").description("Policy versions and the recall list (read: reviewers "
                                + "and the policy owner; change: the policy owner), refundability (storefront)")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A reviewer's (reviews) or the policy owner's (policy "
                                        + "versions, recalls) credentials"))
                        .addSecuritySchemes(STOREFRONT_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("Storefront key: only GET /api/v1/policy/refundability"))
                        .schemas(schemas())
                        .responses(responses()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    private static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("FieldProblem", new ObjectSchema().description("One invalid field")
                .addProperty("field", new StringSchema().example("amount"))
                .addProperty("message", new StringSchema().example("must be at most 50.00 EUR"))
                .required(List.of("field", "message")));
        schemas.put("Problem", new ObjectSchema().description("An RFC 9457 problem; branch on type")
                .addProperty("type", new StringSchema().format("uri")
                        .example(ProblemType.INVALID_REQUEST.uri().toString()))
                .addProperty("title", new StringSchema().example(ProblemType.INVALID_REQUEST.title()))
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/policy"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                        .description("invalid-request, amount-above-payable: every invalid field"))
                .addProperty("payable", new StringSchema().pattern(ApiPatterns.DECIMAL)
                        .description("amount-above-payable: the most that can be approved"))
                .addProperty("currency", new StringSchema().pattern(ApiPatterns.CURRENCY)
                        .description("amount-above-payable: the currency of payable"))
                .required(List.of("type", "title", "status")));
        return schemas;
    }

    private static Map<String, ApiResponse> responses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put("InvalidRequest", problem("Invalid fields or parameters, or a body that is not JSON of the "
                + "documented shape; nothing was changed",
                example(400, ProblemType.INVALID_REQUEST, "The policy settings have invalid fields; each is listed "
                        + "in errors. Nothing was changed.", "settings.reviewThresholds.JPY",
                        "must be a decimal string of zero or more with at most the currency's fraction digits"),
                example(400, ProblemType.MALFORMED_BODY, "Failed to read request", null, null)));
        responses.put("InvalidDecision", problem("Invalid fields, or an approval above what can still be paid back; "
                + "nothing was decided",
                example(400, ProblemType.INVALID_REQUEST, "The review decision has invalid fields; each is listed in "
                        + "errors. Nothing was decided.", "note", "a denial tells the customer why"),
                amountAbovePayable(),
                example(400, ProblemType.MALFORMED_BODY, "Failed to read request", null, null)));
        responses.put("Unauthorized", problem("No credentials, or wrong ones", example(401,
                ProblemType.UNAUTHORIZED, "Credentials are missing or wrong.", null, null)));
        responses.put("Forbidden", problem("Valid credentials whose role may not do this", example(403,
                ProblemType.FORBIDDEN, "These credentials are valid, but their role may not do this.", null, null)));
        responses.put("ReviewNotFound", problem("No review case for this refund", example(404, ReviewNotFound.TYPE,
                "No review case for refund 6f1c2a9e-5b7d-4c3e-9a8f-2d1e0b4c7a65.", null, null)));
        responses.put("PolicyVersionNotFound", problem("No policy version with this number", example(404,
                PolicyVersionNotFound.TYPE, "There is no policy version 42.", null, null)));
        responses.put("ReviewAlreadyDecided", problem("The case was decided before; that decision stands",
                example(409, ReviewAlreadyDecided.TYPE, "Refund 6f1c2a9e-5b7d-4c3e-9a8f-2d1e0b4c7a65 was already "
                        + "decided (APPROVE) by kim.", null, null)));
        responses.put("UnsupportedMediaType", problem("The body is not application/json", example(415,
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type 'text/plain' is not supported.", null, null)));
        responses.put("Unavailable", problem("The database is unavailable; nothing was done, retry later",
                example(503, ProblemType.UNAVAILABLE, "The request could not be recorded right now and nothing was "
                        + "done. Retry it later.", null, null))
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                        .schema(new IntegerSchema().example(Integer.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS)))));
        return responses;
    }

    private static ApiResponse problem(String description, Example... examples) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(PROBLEM));
        for (Example example : examples) {
            json.addExamples(example.getSummary(), example);
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, json));
    }

    private static Example example(int status, ProblemType type, String detail, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", status);
        body.put("detail", detail);
        if (field != null) {
            body.put("errors", List.of(Map.of("field", field, "message", message)));
        }
        return new Example().summary(type.slug()).value(body);
    }

    private static Example amountAbovePayable() {
        Example example = example(400, AmountAboveWhatCanBePaid.TYPE, "The amount (50.01 EUR) is above what can "
                + "still be paid back for this request. Nothing was decided.", "amount",
                "must be at most 50.00 EUR: what can still be paid back for this request");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) example.getValue();
        body.put("payable", "50.00");
        body.put("currency", "EUR");
        return example;
    }
}
