package com.necxian.refunds.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.necxian.refunds.web.problem.ProblemType;

import io.swagger.v3.oas.models.examples.Example;

/** One example body of a problem answer, named by its type's slug. */
public final class ProblemExample {

    private final String slug;
    private final Map<String, Object> body = new LinkedHashMap<>();

    private ProblemExample(ProblemType type, int status, String detail) {
        this.slug = type.slug();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", status);
        body.put("detail", detail);
    }

    public static ProblemExample of(int status, ProblemType type, String detail) {
        return new ProblemExample(type, status, detail);
    }

    /** invalid-request (400) naming one invalid field in {@code errors}. */
    public static ProblemExample invalidField(String detail, String field, String message) {
        return of(400, ProblemType.INVALID_REQUEST, detail).error(field, message);
    }

    public static ProblemExample malformedBody() {
        return of(400, ProblemType.MALFORMED_BODY, "Failed to read request");
    }

    /** The firewall's answer, on every route (web.security). */
    public static ProblemExample pathNotPlain() {
        return of(400, ProblemType.PATH_NOT_PLAIN, "The request path is not in its plain form (no ';' parameters, "
                + "encoded slashes or dots, '//', '/./' or '/../'); send the path exactly as documented.");
    }

    public ProblemExample error(String field, String message) {
        body.put("errors", List.of(Map.of("field", field, "message", message)));
        return this;
    }

    /** A property of the service's own problem type, e.g. {@code payable}. */
    public ProblemExample with(String property, Object value) {
        body.put(property, value);
        return this;
    }

    String name() {
        return slug;
    }

    Example toExample() {
        return new Example().summary(slug).value(body);
    }
}
