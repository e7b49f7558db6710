package com.necxian.refunds.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import com.necxian.refunds.web.clock.ClockAutoConfiguration;
import com.necxian.refunds.web.problem.ProblemType;
import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

class ProtectedRouteAnswersTest {

    final ProtectedRouteAnswers answers = new ProtectedRouteAnswers("Send the operator's credentials.",
            "Basic realm=\"payment-service\"");

    @Test
    void everyProtectedOperationGetsPathNotPlainUnauthorizedAndUnavailableUnlessItSaysOtherwise() {
        Operation plain = operation(Map.of("200", new ApiResponse().description("ok")));
        Operation ownAnswers = operation(Map.of("200", new ApiResponse().description("ok"),
                "400", new ApiResponse().$ref(ProblemResponses.INVALID_REQUEST),
                "403", new ApiResponse().$ref(ProblemResponses.FORBIDDEN)));
        Operation open = operation(Map.of("200", new ApiResponse().description("ok"))).security(List.of());
        OpenAPI api = ApiDocument.of("payment", "Payouts.", "http://127.0.0.1:8082")
                .paths(new Paths().addPathItem("/a", new PathItem().get(plain).post(ownAnswers))
                        .addPathItem("/health", new PathItem().get(open)))
                .addSecurityItem(new SecurityRequirement().addList("operator"));

        answers.customise(api);

        assertThat(refs(plain)).containsEntry("400", ProblemResponses.PATH_NOT_PLAIN)
                .containsEntry("401", ProblemResponses.UNAUTHORIZED).containsEntry("503", ProblemResponses.UNAVAILABLE);
        assertThat(refs(ownAnswers)).containsEntry("400", ProblemResponses.INVALID_REQUEST)
                .containsEntry("403", ProblemResponses.FORBIDDEN).containsKeys("401", "503");
        assertThat(open.getResponses()).containsOnlyKeys("200");
        assertThat(api.getComponents().getResponses()).containsOnlyKeys("PathNotPlain", "InvalidRequest",
                "Unauthorized", "Forbidden", "Unavailable");
        assertThat(api.getComponents().getSchemas()).containsOnlyKeys("Problem", "FieldProblem");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void theExamplesUseTheStableTypesAndTheSecurityChainsOwnWords() {
        OpenAPI api = ApiDocument.of("payment", "Payouts.", "http://127.0.0.1:8082")
                .paths(new Paths().addPathItem("/a", new PathItem().get(operation(Map.of()))))
                .addSecurityItem(new SecurityRequirement().addList("operator"));

        answers.customise(api);

        ApiResponse unauthorized = api.getComponents().getResponses().get("Unauthorized");
        Example example = unauthorized.getContent().get(ProblemSchema.MEDIA_TYPE).getExamples().get("unauthorized");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) example.getValue();
        assertThat(body).containsEntry("type", ProblemType.UNAUTHORIZED.uri().toString())
                .containsEntry("status", 401)
                .containsEntry("detail", "Missing or wrong credentials. Send the operator's credentials.");
        assertThat(unauthorized.getHeaders().get("WWW-Authenticate").getDescription())
                .isEqualTo("Basic realm=\"payment-service\"");
        ApiResponse unavailable = api.getComponents().getResponses().get("Unavailable");
        assertThat(unavailable.getHeaders()).containsKey("Retry-After");
        assertThat(unavailable.getContent().get(ProblemSchema.MEDIA_TYPE).getSchema().get$ref())
                .isEqualTo(ProblemSchema.REF);
    }

    /** intake serves OpenAPI 3.0 (for its generated client), the others 3.1: the shared schemas say their types in both. */
    @Test
    void theSharedPartsAreWrittenTheSameInOpenApi30And31() throws Exception {
        OpenAPI api = ApiDocument.of("intake", "Refunds.", "http://127.0.0.1:8080")
                .paths(new Paths().addPathItem("/a", new PathItem().get(operation(Map.of()))))
                .addSecurityItem(new SecurityRequirement().addList("storefrontKey"));
        answers.customise(api);

        for (var mapper : List.of(io.swagger.v3.core.util.Json.mapper(), io.swagger.v3.core.util.Json31.mapper())) {
            var problem = mapper.readTree(mapper.writeValueAsString(api)).at("/components/schemas/Problem");
            assertThat(problem.at("/type").asText()).isEqualTo("object");
            assertThat(problem.at("/properties/status/type").asText()).isEqualTo("integer");
            assertThat(problem.at("/properties/errors/items/$ref").asText())
                    .isEqualTo("#/components/schemas/FieldProblem");
            assertThat(problem.at("/required").toString()).contains("type", "title", "status");
        }
    }

    @Test
    void aServicesOwnComponentOfTheSameNameWins() {
        var ownProblem = ProblemSchema.problem().addProperty("payable", new io.swagger.v3.oas.models.media.StringSchema());
        var ownUnavailable = ProblemResponses.of("The database or the broker is unavailable");
        OpenAPI api = ApiDocument.of("intake", "Refunds.", "http://127.0.0.1:8080")
                .paths(new Paths().addPathItem("/a", new PathItem().get(operation(Map.of()))))
                .addSecurityItem(new SecurityRequirement().addList("storefrontKey"));
        api.getComponents().addSchemas("Problem", ownProblem).addResponses("Unavailable", ownUnavailable);

        answers.customise(api);

        assertThat(api.getComponents().getSchemas().get("Problem")).isSameAs(ownProblem);
        assertThat(api.getComponents().getResponses().get("Unavailable")).isSameAs(ownUnavailable);
    }

    @Test
    void autoConfiguredWithTheServicesAccessAndAClockUnlessTheServiceHasOne() {
        ApiAccess storefrontOnly = new ApiAccess() {
            @Override
            public Set<Role> roles() {
                return Set.of(Role.STOREFRONT);
            }

            @Override
            public void authorize(org.springframework.security.config.annotation.web.configurers
                    .AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders
                    .HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
            }
        };
        Clock fixed = Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OpenApiAutoConfiguration.class, ClockAutoConfiguration.class))
                .withBean(ApiAccess.class, () -> storefrontOnly)
                .run(context -> {
                    assertThat(context).hasSingleBean(ProtectedRouteAnswers.class);
                    assertThat(context.getBean(Clock.class).getZone()).isEqualTo(java.time.ZoneOffset.UTC);
                    OpenAPI api = ApiDocument.of("intake", "Refunds.", "http://127.0.0.1:8080")
                            .paths(new Paths().addPathItem("/a", new PathItem().get(operation(Map.of()))))
                            .addSecurityItem(new SecurityRequirement().addList("storefrontKey"));
                    context.getBean(ProtectedRouteAnswers.class).customise(api);
                    ApiResponse unauthorized = api.getComponents().getResponses().get("Unauthorized");
                    assertThat(unauthorized.getHeaders()).isNull();
                    assertThat(unauthorized.getContent().get(ProblemSchema.MEDIA_TYPE).getExamples()
                            .get("unauthorized").getValue().toString()).contains("X-Api-Key");
                });
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class))
                .withBean(Clock.class, () -> fixed)
                .run(context -> assertThat(context.getBean(Clock.class)).isSameAs(fixed));
    }

    private static Operation operation(Map<String, ApiResponse> responses) {
        ApiResponses all = new ApiResponses();
        all.putAll(responses);
        return new Operation().responses(all);
    }

    private static Map<String, String> refs(Operation operation) {
        Map<String, String> refs = new java.util.TreeMap<>();
        operation.getResponses().forEach((status, response) -> {
            if (response.get$ref() != null) {
                refs.put(status, response.get$ref());
            }
        });
        return refs;
    }
}
