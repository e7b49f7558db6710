package com.necxian.refunds.web.security;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's access rules, the one thing it writes about security: which roles it serves and which role may
 * call which route. Everything else (authentication, the firewall, problem details, public actuator and OpenAPI
 * routes, denying whatever is not named) is {@link ServiceSecurityAutoConfiguration}'s.
 */
public interface ApiAccess {

    /** The roles whose credentials this service needs: it refuses to start without them. */
    Set<Role> roles();

    /** Names each route and the roles allowed on it; a request no rule names is denied. */
    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

    /** A person role (HTTP Basic) is served, so a 401 carries a Basic challenge. */
    default boolean servesPeople() {
        return roles().stream().anyMatch(role -> role != Role.STOREFRONT);
    }

    /** What a 401 tells the caller to send. */
    default String credentialsHint() {
        if (!roles().contains(Role.STOREFRONT)) {
            return "Send the credentials of a role allowed here with HTTP Basic.";
        }
        return roles().size() == 1 ? "Send the storefront's API key in the X-Api-Key header."
                : "Send the credentials of a role allowed here (HTTP Basic, or the storefront's X-Api-Key).";
    }

    /** A service whose whole API is reading: GET on these paths (Ant patterns) for one role, nothing else. */
    static ApiAccess readingFor(Role role, String... paths) {
        return new ApiAccess() {
            @Override
            public Set<Role> roles() {
                return Set.of(role);
            }

            @Override
            public void authorize(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
                routes.requestMatchers(HttpMethod.GET, paths).hasRole(role.name());
            }
        };
    }

    static String[] roleNames(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
