package com.necxian.refunds.notification.domain;

import java.util.List;

/** One order line as an e-mail shows it: what it is, the amount, and for a decision why, with the clauses. */
public record LineView(String label, String amount, String explanation, List<String> clauses) {

    public String clauseList() {
        return String.join(", ", clauses);
    }
}
