package com.necxian.refunds.policy.domain;

import com.necxian.refunds.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds input the rules cannot decide on without guessing. Each problem is a sentence for the
 * reviewer; a line with problems goes to REVIEW (INCONSISTENT_INPUT) instead of through the table.
 */
final class InputCheck {

    private InputCheck() {
    }

    static List<String> ofRequest(RefundRequest request) {
        List<String> problems = new ArrayList<>();
        Instant received = request.receivedAt();
        Instant ordered = request.orderedAt();
        require(problems, received != null, "receivedAt is missing");
        require(problems, ordered != null, "orderedAt is missing");
        require(problems, !after(ordered, received), "orderedAt is after the request was received");
        require(problems, !before(request.processedAt(), ordered), "processedAt is before orderedAt");
        require(problems, !after(request.processedAt(), received), "processedAt is after the request was received");
        require(problems, request.reason() != null, "reason is missing");
        require(problems, request.preferredResolution() != null, "preferredResolution is missing");
        require(problems, request.evidenceCount() >= 0, "evidenceCount is negative");
        require(problems, Money.isCurrency(request.currency()),
                "currency is not an ISO 4217 code: " + request.currency());
        require(problems, !request.lines().isEmpty(), "the request has no lines");
        problems.addAll(lineIdProblems(request.lines()));
        return problems;
    }

    static List<String> ofLine(OrderLine line, RefundRequest request) {
        List<String> problems = new ArrayList<>();
        String at = "line " + line.lineId() + ": ";
        ProductType type = line.productType();
        require(problems, type != null && type != ProductType.UNKNOWN, at + "productType is unknown");
        require(problems, line.amountPaidMinor() > 0, at + "amountPaid must be more than zero");
        require(problems, line.quantity() >= 1, at + "quantity must be at least 1");
        require(problems, line.unitsToRefund() >= 1 && line.unitsToRefund() <= line.quantity(),
                at + "quantityToRefund must be between 1 and quantity");
        require(problems, !before(line.deliveredAt(), request.orderedAt()), at + "deliveredAt is before orderedAt");
        if (type == ProductType.PHYSICAL) {
            problems.addAll(physicalProblems(line, at));
        }
        if (type == ProductType.SUBSCRIPTION) {
            problems.addAll(subscriptionProblems(line, at));
        }
        return problems;
    }

    private static List<String> physicalProblems(OrderLine line, String at) {
        List<String> problems = new ArrayList<>();
        require(problems, line.madeToOrder() != null && line.madeToOrder() != MadeToOrder.UNKNOWN,
                at + "madeToOrder is unknown");
        require(problems, line.saleCondition() != null && line.saleCondition() != SaleCondition.UNKNOWN,
                at + "saleCondition is unknown");
        return problems;
    }

    private static List<String> subscriptionProblems(OrderLine line, String at) {
        List<String> problems = new ArrayList<>();
        Instant start = line.subscriptionStart();
        Instant end = line.subscriptionEnd();
        require(problems, start != null && end != null, at + "subscription period is missing");
        require(problems, start == null || end == null || end.isAfter(start),
                at + "subscription period does not end after it starts");
        return problems;
    }

    private static List<String> lineIdProblems(List<OrderLine> lines) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OrderLine line : lines) {
            if (line.lineId() == null || line.lineId().isBlank()) {
                problems.add("a line has no lineId");
            } else if (!seen.add(line.lineId())) {
                problems.add("lineId " + line.lineId() + " appears more than once");
            }
        }
        return problems;
    }

    private static void require(List<String> problems, boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }

    /** False when either instant is missing: a missing instant is reported on its own. */
    private static boolean after(Instant instant, Instant reference) {
        return instant != null && reference != null && instant.isAfter(reference);
    }

    private static boolean before(Instant instant, Instant reference) {
        return instant != null && reference != null && instant.isBefore(reference);
    }
}
