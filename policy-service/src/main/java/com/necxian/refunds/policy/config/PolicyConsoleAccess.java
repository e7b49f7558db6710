package com.necxian.refunds.policy.config;

import static com.necxian.refunds.web.security.ApiAccess.roleNames;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import com.necxian.refunds.web.security.ConsoleAccess;
import com.necxian.refunds.web.security.Role;

/** The console mirrors the API's rules: reviewers work the queue, both read the policy, the owner posts versions. */
@Component
class PolicyConsoleAccess implements ConsoleAccess {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, ROOT, ROOT + "/policy")
                .hasAnyRole(roleNames(Role.REVIEWER, Role.POLICY_OWNER))
                .requestMatchers(HttpMethod.POST, ROOT + "/policy/versions").hasRole(Role.POLICY_OWNER.name())
                .requestMatchers(HttpMethod.GET, ROOT + "/reviews", ROOT + "/reviews/*")
                .hasRole(Role.REVIEWER.name())
                .requestMatchers(HttpMethod.POST, ROOT + "/reviews/*/decision").hasRole(Role.REVIEWER.name());
    }
}
