package com.necxian.refunds.policy.web;

import java.util.List;

/** A request with bad fields; every one of them is listed. */
class InvalidRequest extends RuntimeException {

    final String title;
    final List<FieldProblem> problems;

    InvalidRequest(String title, List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.title = title;
        this.problems = List.copyOf(problems);
    }
}
