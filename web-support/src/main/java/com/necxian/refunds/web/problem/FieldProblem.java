package com.necxian.refunds.web.problem;

/** One bad field of a request, as listed in an invalid-request problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
