package com.necxian.refunds.policy.web;

import static com.necxian.refunds.policy.web.PolicyApiTest.asPolicyOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.necxian.refunds.policy.PolicyServiceTest;
import com.necxian.refunds.testsupport.OpenApiDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document is the contract: served without credentials, equal to docs/openapi/policy-service.json. */
class OpenApiDocumentTest extends PolicyServiceTest {

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        OpenApiDocument.assertMatchesCommitted("policy-service", served());
    }

    @Test
    void theDocumentListsEveryEndpointWithExampleBodiesAndItsProblemsAndNoConsolePage() throws Exception {
        JsonNode document = JsonMapper.shared().readTree(served());
        JsonNode paths = document.get("paths");

        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/v1/policy",
                "/api/v1/policy/versions", "/api/v1/policy/versions/{version}", "/api/v1/policy/recalls",
                "/api/v1/policy/refundability", "/api/v1/reviews", "/api/v1/reviews/{refundId}",
                "/api/v1/reviews/{refundId}/decision");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/storefrontKey/name").asString()).isEqualTo("X-Api-Key");
        JsonNode decide = paths.get("/api/v1/reviews/{refundId}/decision").get("post");
        assertThat(decide.get("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409", "503");
        JsonNode examples = decide.at("/requestBody/content/application~1json/examples");
        assertThat(examples.get("approve").get("value").toString()).contains("APPROVE", "amount", "resolution");
        assertThat(examples.get("deny").get("value").toString()).contains("DENY", "clauses", "note");
        JsonNode invalidDecision = document.at("/components/responses/InvalidDecision/content/"
                + "application~1problem+json/examples");
        assertThat(invalidDecision.propertyNames()).contains("invalid-request", "amount-above-payable");
        JsonNode version = paths.get("/api/v1/policy/versions").get("post");
        assertThat(version.at("/requestBody/content/application~1json/examples/significant change/value").toString())
                .contains("returnWindowDays", "reviewThresholds", "summary");
    }

    @Test
    void theDocumentedExamplesAreAccepted() throws Exception {
        http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON)
                        .content(PolicyController.EXAMPLE_VERSION))
                .andExpect(status().isCreated());
        http.perform(asPolicyOwner(post("/api/v1/policy/recalls")).contentType(MediaType.APPLICATION_JSON)
                        .content(PolicyController.EXAMPLE_RECALL))
                .andExpect(status().isCreated());
    }

    @Test
    void theSwaggerUiNeedsNoCredentials() throws Exception {
        http.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private String served() throws Exception {
        return http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andReturn().getResponse().getContentAsString();
    }
}
