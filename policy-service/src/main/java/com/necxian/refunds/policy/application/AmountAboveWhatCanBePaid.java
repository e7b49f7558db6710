package com.necxian.refunds.policy.application;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.ProblemType;

/**
 * 400 {@code amount-above-payable}: a reviewer's approval above what the request can still be paid back (REQ-CAP);
 * {@code payable} says how much can, {@code errors} names the amount field. Nothing was decided.
 */
public class AmountAboveWhatCanBePaid extends ApiProblem {

    public static final ProblemType TYPE =
            new ProblemType("amount-above-payable", "Amount above what can still be paid back");

    private final FieldProblem amountProblem;

    AmountAboveWhatCanBePaid(long amountMinor, long payableMinor, String currency) {
        super(HttpStatus.BAD_REQUEST, TYPE, "The amount (" + Money.decimal(amountMinor, currency) + " " + currency
                + ") is above what can still be paid back for this request. Nothing was decided.",
                Map.of("payable", Money.decimal(payableMinor, currency), "currency", currency,
                        "errors", List.of(amountProblem(payableMinor, currency))));
        this.amountProblem = amountProblem(payableMinor, currency);
    }

    /** What is wrong with the amount field, as {@code errors} lists it. */
    public FieldProblem amountProblem() {
        return amountProblem;
    }

    private static FieldProblem amountProblem(long payableMinor, String currency) {
        return new FieldProblem("amount", "must be at most " + Money.decimal(payableMinor, currency) + " " + currency
                + ": what can still be paid back for this request");
    }
}
