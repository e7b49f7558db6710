package com.necxian.refunds.notification.config;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

/** Notification's endpoint is the operator's: the e-mails sent for a refund. */
@Component
class OperatorAccess implements ApiAccess {

    @Override
    public Set<Role> roles() {
        return Set.of(Role.OPERATOR);
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/notifications").hasRole(Role.OPERATOR.name());
    }
}
