package com.necxian.refunds.web.problem;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** 400 {@code invalid-request}: a request with bad fields, every one of them listed in {@code errors}. */
public class InvalidRequest extends ApiProblem {

    private final List<FieldProblem> problems;

    public InvalidRequest(String detail, List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, detail, Map.of("errors", List.copyOf(problems)));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
