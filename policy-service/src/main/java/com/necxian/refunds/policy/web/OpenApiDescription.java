package com.necxian.refunds.policy.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.policy.application.AmountAboveWhatCanBePaid;
import com.necxian.refunds.policy.application.PolicyVersionNotFound;
import com.necxian.refunds.policy.application.ReviewAlreadyDecided;
import com.necxian.refunds.policy.application.ReviewNotFound;
import com.necxian.refunds.web.openapi.ApiDocument;
import com.necxian.refunds.web.openapi.ProblemExample;
import com.necxian.refunds.web.openapi.ProblemResponses;
import com.necxian.refunds.web.openapi.ProblemSchema;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), both readable without credentials, committed as
 * docs/openapi/policy-service.json. The console's HTML pages are not part of it. Here: the security schemes and
 * policy's own problem answers; the shared ones (400, 401, 403, 415, 503) are web-support's (web.openapi).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String BASIC = "basicAuth";
    static final String STOREFRONT_KEY = "storefrontKey";

    private static final String RESPONSES = "#/components/responses/";
    static final String INVALID_DECISION = RESPONSES + "InvalidDecision";
    static final String REVIEW_NOT_FOUND = RESPONSES + "ReviewNotFound";
    static final String POLICY_VERSION_NOT_FOUND = RESPONSES + "PolicyVersionNotFound";
    static final String REVIEW_ALREADY_DECIDED = RESPONSES + "ReviewAlreadyDecided";

    private static final String REFUND_ID = "6f1c2a9e-5b7d-4c3e-9a8f-2d1e0b4c7a65";

    @Bean
    OpenAPI policyApi() {
        return ApiDocument.of("policy", "The refund policy in force and its versions, the recall list, the "
                        + "refundability label shown at purchase, and the manual review queue.",
                        "http://127.0.0.1:8081")
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
                        .addSchemas(ProblemSchema.NAME, ProblemSchema.problem()
                                .addProperty("payable", new StringSchema().pattern(ApiPatterns.DECIMAL)
                                        .description("amount-above-payable: the most that can be approved"))
                                .addProperty("currency", new StringSchema().pattern(ApiPatterns.CURRENCY)
                                        .description("amount-above-payable: the currency of payable")))
                        .addResponses(ProblemResponses.name(ProblemResponses.INVALID_REQUEST),
                                ProblemResponses.invalidRequest(ProblemExample.invalidField("The policy settings have "
                                        + "invalid fields; each is listed in errors. Nothing was changed.",
                                        "settings.reviewThresholds.JPY", "must be a decimal string of zero or more "
                                                + "with at most the currency's fraction digits")))
                        .addResponses("InvalidDecision", ProblemResponses.of("Invalid fields, or an approval above "
                                        + "what can still be paid back; nothing was decided",
                                ProblemExample.invalidField("The review decision has invalid fields; each is listed "
                                        + "in errors. Nothing was decided.", "note", "a denial tells the customer why"),
                                ProblemExample.of(400, AmountAboveWhatCanBePaid.TYPE, "The amount (50.01 EUR) is "
                                                + "above what can still be paid back for this request. Nothing was "
                                                + "decided.")
                                        .error("amount", "must be at most 50.00 EUR: what can still be paid back "
                                                + "for this request")
                                        .with("payable", "50.00").with("currency", "EUR"),
                                ProblemExample.malformedBody(), ProblemExample.pathNotPlain()))
                        .addResponses("ReviewNotFound", ProblemResponses.of("No review case for this refund",
                                ProblemExample.of(404, ReviewNotFound.TYPE,
                                        "No review case for refund " + REFUND_ID + ".")))
                        .addResponses("PolicyVersionNotFound", ProblemResponses.of("No policy version with this "
                                + "number", ProblemExample.of(404, PolicyVersionNotFound.TYPE,
                                        "There is no policy version 42.")))
                        .addResponses("ReviewAlreadyDecided", ProblemResponses.of("The case was decided before; "
                                + "that decision stands", ProblemExample.of(409, ReviewAlreadyDecided.TYPE,
                                        "Refund " + REFUND_ID + " was already decided (APPROVE) by kim."))))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
