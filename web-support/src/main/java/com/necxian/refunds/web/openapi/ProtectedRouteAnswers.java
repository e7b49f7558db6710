package com.necxian.refunds.web.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * What every protected route can answer, whatever it does: 400 path-not-plain (the firewall), 401 and 503 (the
 * database is unavailable). Each is added to an operation that does not describe that status itself (a service's
 * own 400, e.g. {@link ProblemResponses#INVALID_REQUEST}, stays). Then the problem schemas and the shared answers
 * the document refers to are added under components, unless the service defined one of that name itself.
 */
public class ProtectedRouteAnswers implements OpenApiCustomizer {

    private static final Map<String, String> EVERY_ROUTE = Map.of("400", ProblemResponses.PATH_NOT_PLAIN,
            "401", ProblemResponses.UNAUTHORIZED, "503", ProblemResponses.UNAVAILABLE);

    private final Map<String, ApiResponse> shared;

    /** @see ProblemResponses#shared */
    public ProtectedRouteAnswers(String credentialsHint, String challenge) {
        this.shared = ProblemResponses.shared(credentialsHint, challenge);
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().isEmpty()) {
            return;
        }
        Set<String> referred = new HashSet<>();
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (isProtected(api, operation)) {
                EVERY_ROUTE.forEach((status, ref) -> operation.getResponses().computeIfAbsent(status,
                        missing -> new ApiResponse().$ref(ref)));
            }
            responses(operation).values().stream().map(ApiResponse::get$ref).filter(ProblemResponses::isShared)
                    .map(ProblemResponses::name).forEach(referred::add);
        }));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        if (components.getSchemas() == null || !components.getSchemas().containsKey(ProblemSchema.NAME)) {
            components.addSchemas(ProblemSchema.NAME, ProblemSchema.problem());
        }
        if (!components.getSchemas().containsKey(ProblemSchema.FIELD_PROBLEM)) {
            components.addSchemas(ProblemSchema.FIELD_PROBLEM, ProblemSchema.fieldProblem());
        }
        referred.stream().sorted().filter(shared::containsKey)
                .filter(name -> components.getResponses() == null || !components.getResponses().containsKey(name))
                .forEach(name -> components.addResponses(name, shared.get(name)));
    }

    private static boolean isProtected(OpenAPI api, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                : api.getSecurity();
        return security != null && !security.isEmpty();
    }

    private static ApiResponses responses(Operation operation) {
        return operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    }
}
