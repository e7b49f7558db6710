package com.necxian.refunds.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

/** The shared secret a caller sends in the {@value #HEADER} header; compared in constant time. */
public final class ApiKey {

    public static final String HEADER = "X-Api-Key";

    private final byte[] expected;

    public ApiKey(String expected) {
        this.expected = Objects.requireNonNull(expected, "expected").getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isPresentedIn(HttpServletRequest request) {
        return matches(request.getHeader(HEADER));
    }

    @Override
    public String toString() {
        return "ApiKey[***]";
    }
}
