package com.necxian.refunds.intake.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.ProblemAnswers;
import com.necxian.refunds.web.problem.ProblemType;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The shared problem answers, with one refinement: a body the parser cannot read is 400 {@code malformed-body} whose
 * {@code errors} name the field it was reading (the storefront fixes that field, not "the body"). A body that passed
 * the size limit while Jackson read it arrives here too, wrapped (possibly with the path of the property being read):
 * that is 413 {@code content-too-large}, not a malformed request.
 */
@RestControllerAdvice
class UnreadableBodyAnswers extends ProblemAnswers {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof BodyTooLarge) { // it has no cause of its own
            return answer(BodyTooLarge.problem(), request);
        }
        return answer(new ApiProblem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY,
                "The body is not a valid refund request in JSON.", Map.of("errors", List.of(unreadable(e)))),
                request);
    }

    /** The field the parser was reading (the whole body when it knows none) and what was wrong there. */
    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException jackson)) {
            return new FieldProblem("body", "is missing or is not JSON");
        }
        String field = jackson.getPath().isEmpty() ? "body" : jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
        Throwable kind = jackson;
        while (kind.getCause() instanceof JacksonException inner) { // a read error wrapped with the path to it
            kind = inner;
        }
        if (kind instanceof StreamConstraintsException) {
            return new FieldProblem(field, "goes beyond what a request may hold (nesting depth, length of a number "
                    + "or a name)");
        }
        if (kind instanceof StreamReadException read) {
            TokenStreamLocation at = read.getLocation();
            return new FieldProblem(field, "is not well-formed JSON, names a property twice, or holds a number out "
                    + "of range" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        return new FieldProblem(field,
                "has the wrong type (money is a decimal string such as \"199.00\"; dates are ISO-8601 instants)");
    }
}
