package com.necxian.refunds.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The RFC 9457 problem a service answers when credentials are missing or wrong: status 401, type about:blank,
 * the given detail and, for HTTP Basic, a {@code WWW-Authenticate} challenge naming the realm. Written by hand
 * because credential filters run before Spring MVC's problem handling.
 */
public final class UnauthorizedProblem {

    public static final String CONTENT_TYPE = "application/problem+json";

    private final String challenge;
    private final String body;

    private UnauthorizedProblem(String challenge, String detail) {
        this.challenge = challenge;
        this.body = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + jsonText(detail) + "\"}";
    }

    /** A 401 that asks for HTTP Basic credentials of the realm. */
    public static UnauthorizedProblem basic(String realm, String detail) {
        if (realm.indexOf('"') >= 0 || realm.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("a realm is written as a quoted string without quotes or backslashes");
        }
        return new UnauthorizedProblem("Basic realm=\"" + realm + "\"", detail);
    }

    /** A 401 with no challenge header, for a scheme HTTP has no challenge for (an API key header). */
    public static UnauthorizedProblem withoutChallenge(String detail) {
        return new UnauthorizedProblem(null, detail);
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(body);
    }

    String body() {
        return body;
    }

    private static String jsonText(String text) {
        StringBuilder json = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.toString();
    }
}
