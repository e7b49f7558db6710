package com.necxian.refunds.policy.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), both readable without credentials. Reviews
 * need a reviewer's HTTP Basic credentials, posting a policy version the policy owner's, reading the policy either;
 * the refundability question takes the storefront key (PolicyAccess).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String REVIEWER = "reviewer";
    static final String STOREFRONT_KEY = "storefrontKey";

    @Bean
    OpenAPI policyApi() {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: policy").version("v1").description(
                        "The refund policy in force and its versions, the refundability label shown at purchase, "
                                + "and the manual review queue. Money is a decimal string with the currency's "
                                + "fraction digits; errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(REVIEWER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A reviewer's (reviews) or the policy owner's (policy "
                                        + "versions) credentials"))
                        .addSecuritySchemes(STOREFRONT_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("Storefront key: only GET /api/v1/policy/refundability")))
                .addSecurityItem(new SecurityRequirement().addList(REVIEWER));
    }
}
