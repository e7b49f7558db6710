package com.necxian.refunds.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's browser console under {@value #ROOT}, optional: people of the {@link ApiAccess} roles log in with a
 * form, keep a session and send a CSRF token with every form. {@link ServiceSecurityAutoConfiguration} gives it a
 * filter chain of its own, so the API chain stays stateless; the login ({@value #LOGIN}), logout ({@value #LOGOUT})
 * and {@value #ASSETS} routes are open, whatever {@link #authorize} does not name is denied.
 */
public interface ConsoleAccess {

    String ROOT = "/console";
    String LOGIN = ROOT + "/login";
    String LOGOUT = ROOT + "/logout";
    String ASSETS = ROOT + "/assets/**";

    /** Names each console route and the roles allowed on it. */
    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
