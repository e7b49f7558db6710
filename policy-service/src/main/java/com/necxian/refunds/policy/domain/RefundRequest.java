package com.necxian.refunds.policy.domain;

import java.time.Instant;
import java.util.List;

/**
 * A customer's refund request as the policy sees it. {@code receivedAt} is "now" for every rule.
 * {@code processedAt} is null while the storefront has not started fulfilling the order.
 * Amounts on the lines are minor units of {@code currency} (ISO 4217).
 */
public record RefundRequest(
        String refundId,
        String orderNumber,
        Instant receivedAt,
        Instant orderedAt,
        Instant processedAt,
        RefundReason reason,
        int evidenceCount,
        Resolution preferredResolution,
        String currency,
        List<OrderLine> lines) {

    public RefundRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The storefront said so, or a line was delivered or its work started: either needs a processed order. */
    boolean isOrderProcessed() {
        return processedAt != null || lines.stream()
                .anyMatch(line -> line.isDeliveredBy(receivedAt) || line.isServiceStartedBy(receivedAt));
    }

    boolean hasEvidence() {
        return evidenceCount > 0;
    }
}
