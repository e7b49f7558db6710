package com.necxian.refunds.web.security;

import java.io.IOException;
import java.util.List;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a request the strict firewall refused (a ';' parameter, an encoded slash, '//', '/../' ...) is told. It
 * never reaches a route; a caller without valid credentials learns no more than on any protected route (401), a
 * caller with them is told the path is not in its plain form (400).
 */
final class RejectedRequests implements RequestRejectedHandler {

    private final List<AuthenticationConverter> converters;
    private final AuthenticationManager authentication;
    private final SecurityProblems problems;

    RejectedRequests(List<AuthenticationConverter> converters, AuthenticationManager authentication,
            SecurityProblems problems) {
        this.converters = converters;
        this.authentication = authentication;
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        try {
            Authentication caller = authenticate(request);
            if (caller == null) {
                problems.commence(request, response, null);
            } else {
                problems.rejected(response);
            }
        } catch (AuthenticationException wrongCredentials) {
            problems.commence(request, response, wrongCredentials);
        }
    }

    private Authentication authenticate(HttpServletRequest request) {
        for (AuthenticationConverter converter : converters) {
            Authentication attempt = converter.convert(request);
            if (attempt != null) {
                return authentication.authenticate(attempt);
            }
        }
        return null;
    }
}
