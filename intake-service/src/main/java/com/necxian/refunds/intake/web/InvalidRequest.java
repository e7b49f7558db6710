package com.necxian.refunds.intake.web;

import java.util.List;

/** A request with bad fields; every one of them is listed. */
class InvalidRequest extends RuntimeException {

    final List<FieldProblem> problems;

    InvalidRequest(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = problems;
    }
}
