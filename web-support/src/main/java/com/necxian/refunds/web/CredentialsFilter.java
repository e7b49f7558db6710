package com.necxian.refunds.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards every request whose path starts with a prefix: a request the service authenticates goes on, any other
 * is answered with the service's {@link UnauthorizedProblem}. Which credentials count is the service's decision.
 */
public abstract class CredentialsFilter extends OncePerRequestFilter {

    private final String guardedPathPrefix;
    private final UnauthorizedProblem unauthorized;

    protected CredentialsFilter(String guardedPathPrefix, UnauthorizedProblem unauthorized) {
        this.guardedPathPrefix = guardedPathPrefix;
        this.unauthorized = unauthorized;
    }

    /** Whether the request carries credentials this service accepts for it. */
    protected abstract boolean authenticate(HttpServletRequest request);

    /** The answer to a request on a guarded path that did not authenticate: the one given, unless overridden. */
    protected UnauthorizedProblem unauthorized(HttpServletRequest request) {
        return unauthorized;
    }

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(guardedPathPrefix);
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        if (authenticate(request)) {
            chain.doFilter(request, response);
        } else {
            unauthorized(request).writeTo(response);
        }
    }
}
