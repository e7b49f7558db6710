package com.necxian.refunds.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a use case or an adapter raises that answers itself as an RFC 9457 problem with a stable {@code type}:
 * Spring MVC writes it as it is, no handler per exception. Subclass it (or use it directly) per problem.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, ProblemType type, String detail) {
        this(status, type, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, ProblemType type, String detail, Map<String, ?> properties) {
        super(status, body(status, type, detail, properties), null);
    }

    private static ProblemDetail body(HttpStatus status, ProblemType type, String detail, Map<String, ?> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        properties.forEach(problem::setProperty);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public ProblemType type() {
        String uri = getBody().getType().toString();
        return new ProblemType(uri.substring(ProblemType.BASE.length()), getBody().getTitle());
    }
}
