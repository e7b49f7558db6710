package com.necxian.refunds.policy.web;

/** One bad field of a request, as listed in the problem body's {@code errors}. */
public record FieldProblem(String field, String message) {
}
