package com.necxian.refunds.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

/** The one user and password an endpoint accepts with HTTP Basic authentication (RFC 7617). */
public final class BasicCredentials {

    public static final String HEADER = "Authorization";
    private static final String SCHEME = "Basic ";

    private final String user;
    private final byte[] userBytes;
    private final byte[] password;

    public BasicCredentials(String user, String password) {
        this.user = Objects.requireNonNull(user, "user");
        this.userBytes = user.getBytes(StandardCharsets.UTF_8);
        this.password = Objects.requireNonNull(password, "password").getBytes(StandardCharsets.UTF_8);
    }

    public String user() {
        return user;
    }

    /** Whether an Authorization header value carries exactly this user and password. */
    public boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        // Both halves are always compared, so the time taken does not tell which one was wrong.
        boolean sameUser = same(userBytes, decoded.substring(0, colon));
        boolean samePassword = same(password, decoded.substring(colon + 1));
        return sameUser & samePassword;
    }

    public boolean arePresentedIn(HttpServletRequest request) {
        return matches(request.getHeader(HEADER));
    }

    private static boolean same(byte[] expected, String given) {
        return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + ", password=***]";
    }
}
