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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiTest extends PolicyServiceTest {

    @Test
    void theDescriptionListsEveryEndpointWithExampleBodiesAndNeedsNoCredentials() throws Exception {
        String json = http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/policy'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/policy/versions/{version}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/policy/refundability'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{refundId}'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.reviewer.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.storefrontKey.name").value("X-Api-Key"))
                .andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.shared().readTree(json).get("paths");

        JsonNode decision = examples(paths.get("/api/v1/reviews/{refundId}/decision").get("post"));
        assertThat(decision.get("approve").get("value").toString()).contains("APPROVE", "amount", "resolution");
        assertThat(decision.get("deny").get("value").toString()).contains("DENY", "clauses", "note");
        JsonNode version = examples(paths.get("/api/v1/policy/versions").get("post"));
        assertThat(version.get("significant change").get("value").toString())
                .contains("returnWindowDays", "reviewThresholds", "summary");
    }

    @Test
    void theDocumentedPolicyVersionExampleIsAccepted() throws Exception {
        http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON)
                        .content(PolicyController.EXAMPLE_VERSION))
                .andExpect(status().isCreated());
    }

    @Test
    void theSwaggerUiNeedsNoCredentials() throws Exception {
        http.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private static JsonNode examples(JsonNode operation) {
        return operation.get("requestBody").get("content").get("application/json").get("examples");
    }
}
