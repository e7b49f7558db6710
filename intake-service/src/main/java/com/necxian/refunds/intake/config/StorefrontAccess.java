package com.necxian.refunds.intake.config;

import java.util.Set;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

/** Intake serves the storefront only: submitting and reading refunds needs its X-Api-Key. */
@Component
class StorefrontAccess implements ApiAccess {

    @Override
    public Set<Role> roles() {
        return Set.of(Role.STOREFRONT);
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/api/v1/refunds", "/api/v1/refunds/**").hasRole(Role.STOREFRONT.name());
    }
}
