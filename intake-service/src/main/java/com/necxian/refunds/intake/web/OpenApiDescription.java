package com.necxian.refunds.intake.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.intake.application.IdempotencyConflict;
import com.necxian.refunds.intake.application.RefundNotFound;
import com.necxian.refunds.web.openapi.ApiDocument;
import com.necxian.refunds.web.openapi.ProblemExample;
import com.necxian.refunds.web.openapi.ProblemResponses;
import com.necxian.refunds.web.openapi.ProblemSchema;
import com.necxian.refunds.web.problem.ProblemType;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI document at /v3/api-docs (UI at /swagger-ui.html), committed as docs/openapi/intake-service.json: the
 * contract of ../shared/design/http-api.md that other teams generate clients from. The operations describe
 * themselves ({@link RefundController}); here are the storefront key and intake's own problem answers. The problem
 * schema and the shared answers (401, 413, 415, 400 path-not-plain) are web-support's (web.openapi); intake's
 * problems always carry a detail, and its Retry-After is at least a second, as the document said before.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String STOREFRONT_KEY = "storefrontKey";

    private static final String RESPONSES = "#/components/responses/";
    static final String REFUND_NOT_FOUND = RESPONSES + "RefundNotFound";
    static final String IDEMPOTENCY_KEY_REUSED = RESPONSES + "IdempotencyKeyReused";
    static final String ORDER_NUMBER_MISSING = RESPONSES + "OrderNumberMissing";

    private static final String REFUND_ID = "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10";

    @Bean
    OpenAPI intakeApi() {
        OpenAPI api = ApiDocument.of("intake", "The storefront submits refund requests and reads their status. "
                + "Times are ISO-8601 instants in UTC.", "http://127.0.0.1:8080");
        api.getComponents()
                .addSecuritySchemes(STOREFRONT_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-Api-Key").description("The storefront's API key."))
                .addResponses(ProblemResponses.name(ProblemResponses.INVALID_REQUEST),
                        ProblemResponses.invalidRequest(ProblemExample.invalidField("The refund request has invalid "
                                + "fields; each is listed in errors.", "lines[0].amountPaid", "is required")))
                .addSchemas(ProblemSchema.NAME, ProblemSchema.problem().addRequiredItem("detail"))
                .addResponses(ProblemResponses.name(ProblemResponses.UNAVAILABLE), unavailable())
                .addResponses("RefundNotFound", ProblemResponses.of("No refund with this id is known (yet)",
                        ProblemExample.of(404, RefundNotFound.TYPE, "No refund with id " + REFUND_ID
                                + " is known (a new one may take a moment to appear).")))
                .addResponses("IdempotencyKeyReused", ProblemResponses.of("The Idempotency-Key was already used "
                        + "with another body; nothing was done", ProblemExample.of(422, IdempotencyConflict.TYPE,
                                "This Idempotency-Key was already used with a different request body. Use a new "
                                        + "key for a new request.")))
                .addResponses("OrderNumberMissing", ProblemResponses.of("orderNumber is missing, or the path is not "
                        + "in its plain form", ProblemExample.of(400, ProblemType.MALFORMED_BODY,
                                "Required parameter 'orderNumber' is not present."), ProblemExample.pathNotPlain()));
        return api.tags(List.of(new Tag().name("refunds").description("Refund requests and their status.")))
                .addSecurityItem(new SecurityRequirement().addList(STOREFRONT_KEY));
    }

    private static ApiResponse unavailable() {
        ApiResponse unavailable = ProblemResponses.unavailable("The database or the broker could not record the "
                + "request; nothing was done. Retry after Retry-After seconds.");
        unavailable.getHeaders().get("Retry-After").getSchema().minimum(BigDecimal.ONE);
        return unavailable;
    }

    /**
     * The status view's parts that are null until their event came (OpenAPI 3.0 ignores nullable beside a $ref, so
     * the referenced schemas say it).
     */
    @Bean
    OpenApiCustomizer nullableParts() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            Map.of("Decision", "The decision; null until decided.",
                    "PaymentOutcome", "The payout's outcome; null until paid or failed.",
                    "Review", "Why a person looks at the refund and by when; null unless UNDER_REVIEW.")
                    .forEach((part, description) -> schemas.get(part).nullable(true).description(description));
        };
    }
}
