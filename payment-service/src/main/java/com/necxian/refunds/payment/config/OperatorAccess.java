package com.necxian.refunds.payment.config;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

/** Payment's endpoints are the operator's: what was paid out and store-credit balances. */
@Component
class OperatorAccess implements ApiAccess {

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OPERATOR);
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/refund-payments/*", "/api/v1/store-credit/*")
                .hasRole(Role.OPERATOR.name());
    }
}
