package com.necxian.refunds.policy.domain;

import com.necxian.refunds.money.Money;
import static com.necxian.refunds.policy.domain.RefundReason.BILLING_ERROR;
import static com.necxian.refunds.policy.domain.RefundReason.TECHNICAL_ISSUE;
import static com.necxian.refunds.policy.domain.TableRow.productIs;
import static com.necxian.refunds.policy.domain.TableRow.row;

import com.necxian.refunds.policy.domain.LineEvaluation.Recommendation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Rows 6-7: subscriptions. */
final class SubscriptionRows {

    private SubscriptionRows() {
    }

    static List<TableRow> rows() {
        return List.of(
                row("6", productIs(ProductType.SUBSCRIPTION).and(f -> f.reasonIsOneOf(BILLING_ERROR, TECHNICAL_ISSUE)),
                        SubscriptionRows::proRated),
                row("7", productIs(ProductType.SUBSCRIPTION), SubscriptionRows::noPartialPeriods));
    }

    /**
     * SUB-3: a billing error disputes the charge itself, so the suggestion is the line's charge; a technical
     * issue cost the customer the rest of the period, so the suggestion is its unused share.
     */
    private static LineEvaluation proRated(LineFacts facts) {
        return facts.reasonIsOneOf(BILLING_ERROR) ? billingError(facts) : technicalIssue(facts);
    }

    private static LineEvaluation billingError(LineFacts facts) {
        long charged = facts.line().amountPaidMinor();
        return LineEvaluation.review(facts.line(), "6", "PRO_RATED", Recommendation.approve(charged),
                "Because you report a billing error, we will check the charge of "
                        + facts.paid().text() + " and refund or credit what was charged in error.",
                "SUB-3");
    }

    private static LineEvaluation technicalIssue(LineFacts facts) {
        long unused = facts.unusedSubscriptionPart();
        Recommendation recommendation = unused > 0 ? Recommendation.approve(unused) : Recommendation.deny();
        return LineEvaluation.review(facts.line(), "6", "PRO_RATED", recommendation,
                "Because of the technical issue, we will consider a pro-rated refund or credit "
                        + "for the unused part of your current subscription period ("
                        + Money.of(unused, facts.request().currency()).text() + ").",
                "SUB-3");
    }

    private static LineEvaluation noPartialPeriods(LineFacts facts) {
        LocalDate periodEnd = LocalDate.ofInstant(facts.line().subscriptionEnd(), ZoneOffset.UTC);
        return LineEvaluation.deny(facts.line(), "7",
                "We do not refund partial subscription periods; you can cancel at any time and keep access "
                        + "until your current billing period ends on " + periodEnd
                        + " (UTC), after which it will not renew and you will not be charged again.",
                "SUB-1", "SUB-2");
    }
}
