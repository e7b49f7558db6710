package com.necxian.refunds.testsupport.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Black-box check of a service's access rules over real HTTP: every protected route, in every {@link PathSpelling},
 * must answer 401 without credentials and 403 to a role not allowed on it (400 where the firewall refused the
 * spelling), always as problem details, never the resource.
 */
public final class AccessProbe {

    /** A protected route: method, path (with any query string) and the roles allowed on it. */
    public record Route(String method, String path, Set<String> roles) {
    }

    /** A caller with a role's valid credentials, as one request header. */
    public record Caller(String role, String header, String value) {

        public static Caller basic(String role, String user, String password) {
            return new Caller(role, "Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public Map<String, String> headers() {
            return Map.of(header, value);
        }
    }

    /** The local profile's credentials of each role (application-local.properties of the services). */
    public static final Caller STOREFRONT = new Caller("STOREFRONT", "X-Api-Key", "local-storefront-key");
    public static final Caller REVIEWER = Caller.basic("REVIEWER", "reviewer", "local-reviewer");
    public static final Caller POLICY_OWNER = Caller.basic("POLICY_OWNER", "policy-owner", "local-policy-owner");
    public static final Caller OPERATOR = Caller.basic("OPERATOR", "operator", "local-operator");

    private AccessProbe() {
    }

    /** What went wrong, one line per request; empty when every answer was as it should be. */
    public static List<String> violations(int port, List<Route> routes, List<Caller> callers) {
        List<String> violations = new ArrayList<>();
        for (Route route : routes) {
            String body = route.method().equals("GET") ? null : "{}";
            for (PathSpelling spelling : PathSpelling.of(route.path())) {
                check(violations, route, spelling, "no credentials", Set.of(401),
                        RawHttp.send(port, route.method(), spelling.target(), Map.of(), body));
                check(violations, route, spelling, "wrong credentials", Set.of(401), RawHttp.send(port,
                        route.method(), spelling.target(), Map.of("Authorization", "Basic d3Jvbmc6d3Jvbmc=",
                                "X-Api-Key", "wrong"), body));
                for (Caller caller : callers) {
                    if (!route.roles().contains(caller.role())) {
                        check(violations, route, spelling, "role " + caller.role(),
                                Set.of(spelling.refused() ? 400 : 403), RawHttp.send(port, route.method(),
                                        spelling.target(), Map.of(caller.header(), caller.value()), body));
                    }
                }
            }
        }
        return violations;
    }

    private static void check(List<String> violations, Route route, PathSpelling spelling, String who,
            Set<Integer> expected, RawHttp.Answer answer) {
        boolean problem = answer.contentType().startsWith("application/problem+json");
        if (!expected.contains(answer.status()) || !problem) {
            violations.add("%s %s (%s, %s): expected %s as problem details, got %d %s: %s".formatted(route.method(),
                    spelling.target(), spelling.kind(), who, expected, answer.status(), answer.contentType(),
                    abbreviate(answer.body())));
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
