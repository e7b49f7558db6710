package com.necxian.refunds.web.problem;

import java.net.URI;

/**
 * The stable {@code type} of an RFC 9457 problem: clients branch on it, never on {@code title} or {@code detail}.
 * Every type is listed, with when it is answered, in docs/http-api.md.
 */
public record ProblemType(String slug, String title) {

    public static final String BASE = "https://necxian.example/problems/";

    public static final ProblemType INVALID_REQUEST = new ProblemType("invalid-request", "Invalid request");
    public static final ProblemType MALFORMED_BODY = new ProblemType("malformed-body", "Malformed request body");
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", "Unauthorized");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "Forbidden");
    public static final ProblemType PATH_NOT_PLAIN = new ProblemType("path-not-plain", "Path not in its plain form");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", "Not acceptable");
    public static final ProblemType CONFLICT = new ProblemType("conflict", "Conflict");
    public static final ProblemType CONTENT_TOO_LARGE = new ProblemType("content-too-large", "Content too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", "Unsupported media type");
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", "Service unavailable");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", "Internal error");

    public ProblemType {
        if (!slug.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a problem type is lower-case words joined by '-': " + slug);
        }
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The type Spring's own answers get for a status (405, 406, 415...), instead of about:blank. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_BODY;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }
}
