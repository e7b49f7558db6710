package com.necxian.refunds.web.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error a use case or an adapter raises that answers itself as an RFC 9457 problem with a stable {@code type}:
 * Spring MVC writes it as it is, no handler per exception. Subclass it (or use it directly) per problem.
 */
public class ApiProblem extends ErrorResponseException {

    private static final JsonMapper JSON = JsonMapper.shared();

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

    /**
     * Writes this problem as the answer, for a servlet filter that answers before Spring MVC's problem handling runs
     * (the security chain, intake's body-size limit): the same fields Spring MVC writes, {@code instance} and the
     * extra properties only when set.
     */
    public void writeTo(HttpServletResponse response) throws IOException {
        ProblemDetail body = getBody();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", body.getType().toString());
        fields.put("title", body.getTitle());
        fields.put("status", body.getStatus());
        fields.put("detail", body.getDetail());
        if (body.getInstance() != null) {
            fields.put("instance", body.getInstance().toString());
        }
        if (body.getProperties() != null) {
            fields.putAll(body.getProperties());
        }
        response.setStatus(body.getStatus());
        getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), fields);
    }
}
