package com.necxian.refunds.web.security;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The console's own filter chain, ahead of the API's: form login with a session, CSRF tokens, a redirect to the login
 * page for a visitor without a session and a plain 403 page for a role not allowed. Only {@code /console/**}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(ConsoleAccess.class)
class ConsoleSecurity {

    private static final String FORBIDDEN = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not allowed</title></head>
            <body><main><h1>Not allowed</h1><p>Your role may not do this. <a href="/console">Back to the console</a>
            </p></main></body></html>""";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain consoleChain(HttpSecurity http, ConsoleAccess access, AuthenticationManager authentication) {
        return http
                .securityMatcher(ConsoleAccess.ROOT, ConsoleAccess.ROOT + "/**")
                .authenticationManager(authentication)
                .formLogin(form -> form.loginPage(ConsoleAccess.LOGIN).defaultSuccessUrl(ConsoleAccess.ROOT, false)
                        .failureUrl(ConsoleAccess.LOGIN + "?error").permitAll())
                .logout(logout -> logout.logoutUrl(ConsoleAccess.LOGOUT)
                        .logoutSuccessUrl(ConsoleAccess.LOGIN + "?logout").permitAll())
                .requestCache(cache -> cache.requestCache(deepLinks()))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler(forbidden()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers(ConsoleAccess.ASSETS).permitAll();
                    access.authorize(routes);
                    routes.anyRequest().denyAll();
                })
                .build();
    }

    /** After signing in, back to the page asked for, without the "?continue" marker on its address. */
    private static HttpSessionRequestCache deepLinks() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(FORBIDDEN.getBytes(StandardCharsets.UTF_8));
        };
    }
}
