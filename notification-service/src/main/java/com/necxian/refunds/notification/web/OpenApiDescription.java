package com.necxian.refunds.notification.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.web.openapi.ApiDocument;
import com.necxian.refunds.web.openapi.ProblemExample;
import com.necxian.refunds.web.openapi.ProblemResponses;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description at /v3/api-docs (committed as docs/openapi/notification-service.json): the operator's
 * endpoint and HTTP Basic. The problem schema and the answers every operator route can give (400 path-not-plain, 401,
 * 503) are web-support's (web.openapi); the 400 example names notification's own parameter.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String OPERATOR = "operatorBasic";

    @Bean
    OpenAPI notificationApi() {
        OpenAPI api = ApiDocument.of("notification", "For operators: the e-mails sent (or waiting, or given up) for a "
                + "refund.", "http://127.0.0.1:8083");
        api.getComponents()
                .addSecuritySchemes(OPERATOR, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The operator's credentials (role OPERATOR)"))
                .addResponses(ProblemResponses.name(ProblemResponses.INVALID_REQUEST),
                        ProblemResponses.invalidRequest(ProblemExample.invalidField(
                                "The request has an invalid parameter", "refundId", "is required")));
        return api.tags(List.of(new Tag().name("notifications").description("The e-mails of a refund")))
                .addSecurityItem(new SecurityRequirement().addList(OPERATOR));
    }
}
