package com.necxian.refunds.policy.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.necxian.refunds.policy.config.AccessSettings;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reviewer/operator endpoints need the reviewer's HTTP Basic credentials; the refundability question also
 * accepts the storefront's X-Api-Key. The authenticated reviewer is left in the {@value #REVIEWER} attribute.
 */
@Component
class AccessFilter extends OncePerRequestFilter {

    static final String REVIEWER = "necxian.reviewer";
    private static final String REFUNDABILITY = "/api/v1/policy/refundability";

    private final AccessSettings settings;

    AccessFilter(AccessSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isReviewer(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            request.setAttribute(REVIEWER, settings.reviewerUser());
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().equals(REFUNDABILITY) && same(settings.storefrontApiKey(),
                request.getHeader("X-Api-Key"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"policy-service\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Send the reviewer's credentials (HTTP Basic)"
                + (request.getRequestURI().equals(REFUNDABILITY) ? " or the storefront's X-Api-Key" : "") + ".\"}");
    }

    private boolean isReviewer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 & same(settings.reviewerUser(), decoded.substring(0, Math.max(colon, 0)))
                & same(settings.reviewerPassword(), colon < 0 ? "" : decoded.substring(colon + 1));
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
