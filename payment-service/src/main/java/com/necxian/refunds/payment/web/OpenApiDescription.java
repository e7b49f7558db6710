package com.necxian.refunds.payment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.web.openapi.ApiDocument;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), both readable without credentials, committed as
 * docs/openapi/payment-service.json. The answers every operator route can give (400 for a path not in its plain
 * form, 401, 503) and the problem schema are web-support's (web.openapi); each controller describes its own 200 and
 * 404.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String OPERATOR = "operator";

    @Bean
    OpenAPI paymentApi() {
        OpenAPI api = ApiDocument.of("payment", "What was paid out for approved refunds and customers' store "
                + "credit, for the operator.", "http://127.0.0.1:8082");
        api.getComponents().addSecuritySchemes(OPERATOR, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("The operator's credentials (OPERATOR_USER, OPERATOR_PASSWORD)"));
        return api.addSecurityItem(new SecurityRequirement().addList(OPERATOR));
    }
}
