package com.necxian.refunds.policy.domain;

import com.necxian.refunds.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the decision's explanation: a summary sentence, then one sentence per item. */
final class CustomerMessage {

    private CustomerMessage() {
    }

    static String write(RequestVerdict verdict, List<LineEvaluation> lines, RefundRequest request,
                        PolicySettings settings, Instant respondBy) {
        String summary = switch (verdict.outcome()) {
            case APPROVED -> approved(verdict, request, settings);
            case DENIED -> "We cannot refund this request.";
            case REVIEW -> review(verdict, respondBy);
        };
        String capNote = OrderCap.anyCapped(lines) ? " " + OrderCap.NOTE : "";
        return summary + capNote + items(lines);
    }

    private static String approved(RequestVerdict verdict, RefundRequest request, PolicySettings settings) {
        String amount = Money.of(verdict.approvedMinor(), request.currency()).text();
        String how = switch (request.preferredResolution()) {
            case REFUND -> "to your original payment method";
            case STORE_CREDIT -> "as store credit";
            case EXCHANGE -> "as an exchange";
        };
        String bank = request.preferredResolution() == Resolution.REFUND
                ? " (your bank may take longer to show it)" : "";
        return "We approved " + amount + " " + how + " and will process it within "
                + settings.processWithinDays() + " days; we will tell you when it is done" + bank + ".";
    }

    private static String review(RequestVerdict verdict, Instant respondBy) {
        String by = respondBy == null ? "" : " by " + LocalDate.ofInstant(respondBy, ZoneOffset.UTC) + " (UTC)";
        String why = verdict.overThreshold() && RequestVerdict.THRESHOLD.equals(verdict.reviewCategory())
                ? " Refunds of this size for an order, or in this currency, are always checked by a person." : "";
        return "A member of our team will review your request and tell you the outcome" + by + "." + why;
    }

    private static String items(List<LineEvaluation> lines) {
        return lines.stream()
                .map(line -> " Item " + line.lineId() + ": " + line.explanation())
                .collect(Collectors.joining());
    }
}
