package com.necxian.refunds.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), matching docs/http-api in ../shared. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: intake").version("v1").description(
                        "The storefront submits refund requests and reads their status. Money is a decimal string "
                                + "with the currency's fraction digits; errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("storefrontKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")))
                .addSecurityItem(new SecurityRequirement().addList("storefrontKey"));
    }
}
