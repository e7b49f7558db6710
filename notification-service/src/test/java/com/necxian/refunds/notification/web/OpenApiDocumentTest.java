package com.necxian.refunds.notification.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.notification.NotificationServiceTest;
import com.necxian.refunds.testsupport.OpenApiDocument;

/**
 * The OpenAPI document served at /v3/api-docs is the committed docs/openapi/notification-service.json, and it
 * describes the operator's endpoint with its parameter, its errors as problem details and the security scheme.
 */
class OpenApiDocumentTest extends NotificationServiceTest {

    private static final String OPERATION = "$.paths['/api/v1/notifications'].get";

    @Autowired
    MockMvc http;

    static final String RESPONSES = "$.components.responses.";

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        String served = http.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        OpenApiDocument.assertMatchesCommitted("notification-service", served);
    }

    @Test
    void itDescribesTheOperatorsEndpointItsErrorsAndItsSecurity() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(OPERATION + ".operationId").value("listNotificationsOfRefund"))
                .andExpect(jsonPath(OPERATION + ".parameters[0].name").value("refundId"))
                .andExpect(jsonPath(OPERATION + ".parameters[0].required").value(true))
                .andExpect(jsonPath(OPERATION + ".responses['400'].$ref").value("#/components/responses/InvalidRequest"))
                .andExpect(jsonPath(OPERATION + ".responses['401'].$ref").value("#/components/responses/Unauthorized"))
                .andExpect(jsonPath(OPERATION + ".responses['503'].$ref").value("#/components/responses/Unavailable"))
                .andExpect(jsonPath(RESPONSES + "InvalidRequest.content['application/problem+json']"
                        + ".examples['invalid-request'].value.errors[0].field").value("refundId"))
                .andExpect(jsonPath(RESPONSES + "Unauthorized.content['application/problem+json']").exists())
                .andExpect(jsonPath(RESPONSES + "Unavailable.headers['Retry-After']").exists())
                .andExpect(jsonPath("$.components.schemas.NotificationView.properties.deliveryStatus.enum")
                        .isArray())
                .andExpect(jsonPath("$.components.securitySchemes.operatorBasic.scheme").value("basic"))
                .andExpect(jsonPath("$.servers[0].url").value("http://127.0.0.1:8083"));
    }
}
