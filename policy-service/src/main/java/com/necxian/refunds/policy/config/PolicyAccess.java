package com.necxian.refunds.policy.config;

import static com.necxian.refunds.web.security.ApiAccess.roleNames;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

/**
 * Reviewers work the review queue; only the policy owner posts policy versions and recalls; both read the
 * policy; the storefront asks the refundability question (people may too, to see what the buyer saw).
 */
@Component
class PolicyAccess implements ApiAccess {

    @Override
    public Set<Role> roles() {
        return Set.of(Role.STOREFRONT, Role.REVIEWER, Role.POLICY_OWNER);
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/policy/refundability")
                .hasAnyRole(roleNames(Role.STOREFRONT, Role.REVIEWER, Role.POLICY_OWNER))
                .requestMatchers(HttpMethod.POST, "/api/v1/policy/versions", "/api/v1/policy/recalls")
                .hasRole(Role.POLICY_OWNER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/policy", "/api/v1/policy/versions/*",
                        "/api/v1/policy/recalls")
                .hasAnyRole(roleNames(Role.REVIEWER, Role.POLICY_OWNER))
                .requestMatchers("/api/v1/reviews", "/api/v1/reviews/**").hasRole(Role.REVIEWER.name());
    }
}
