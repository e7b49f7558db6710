package com.necxian.refunds.policy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builders for requests with sensible defaults; each test changes only what it is about. */
final class Fixtures {

    static final Instant ORDERED = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant PROCESSED = Instant.parse("2026-11-01T12:00:00Z");
    static final Instant DELIVERED = Instant.parse("2026-11-03T10:00:00Z");
    static final Instant RECEIVED = days(DELIVERED, 5);
    static final Instant PERIOD_START = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant PERIOD_END = Instant.parse("2026-12-01T00:00:00Z");

    static final PolicySettings SETTINGS = PolicySettings.defaults();
    static final PolicyEngine ENGINE = new PolicyEngine();

    private Fixtures() {
    }

    static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }

    static LineBuilder line(ProductType type) {
        return new LineBuilder(type);
    }

    static RequestBuilder request(LineBuilder... lines) {
        return new RequestBuilder(Arrays.stream(lines).map(LineBuilder::build).toList());
    }

    static RefundDecision decide(RequestBuilder request) {
        return ENGINE.decide(request.build(), SETTINGS, OrderHistory.empty());
    }

    static final class LineBuilder {
        private String lineId = "1";
        private String sku = "SKU-1";
        private final ProductType type;
        private MadeToOrder madeToOrder = MadeToOrder.NONE;
        private SaleCondition saleCondition = SaleCondition.REGULAR;
        private long amount = 19_900;
        private Instant deliveredAt;
        private Instant serviceStartedAt;
        private Instant periodStart;
        private Instant periodEnd;
        private int quantity = 1;
        private int unitsToRefund = 1;

        LineBuilder(ProductType type) {
            this.type = type;
            boolean shipped = type == ProductType.PHYSICAL || type == ProductType.DIGITAL;
            this.deliveredAt = shipped ? DELIVERED : null;
            this.periodStart = type == ProductType.SUBSCRIPTION ? PERIOD_START : null;
            this.periodEnd = type == ProductType.SUBSCRIPTION ? PERIOD_END : null;
        }

        LineBuilder id(String id) { lineId = id; return this; }
        LineBuilder sku(String value) { sku = value; return this; }
        LineBuilder madeToOrder(MadeToOrder value) { madeToOrder = value; return this; }
        LineBuilder sale(SaleCondition value) { saleCondition = value; return this; }
        LineBuilder amount(long minor) { amount = minor; return this; }
        LineBuilder deliveredAt(Instant at) { deliveredAt = at; return this; }
        LineBuilder startedAt(Instant at) { serviceStartedAt = at; return this; }
        LineBuilder period(Instant start, Instant end) { periodStart = start; periodEnd = end; return this; }
        LineBuilder units(int bought, int toRefund) { quantity = bought; unitsToRefund = toRefund; return this; }

        OrderLine build() {
            return new OrderLine(lineId, sku, type, madeToOrder, saleCondition, amount, deliveredAt, serviceStartedAt,
                    periodStart, periodEnd, quantity, unitsToRefund);
        }
    }

    static final class RequestBuilder {
        private final List<OrderLine> lines;
        private Instant receivedAt = RECEIVED;
        private Instant orderedAt = ORDERED;
        private Instant processedAt = PROCESSED;
        private RefundReason reason = RefundReason.NO_LONGER_NEEDED;
        private int evidence;
        private Resolution resolution = Resolution.REFUND;
        private String currency = "EUR";

        RequestBuilder(List<OrderLine> lines) {
            this.lines = new ArrayList<>(lines);
        }

        RequestBuilder receivedAt(Instant at) { receivedAt = at; return this; }
        RequestBuilder orderedAt(Instant at) { orderedAt = at; return this; }
        RequestBuilder processedAt(Instant at) { processedAt = at; return this; }
        RequestBuilder reason(RefundReason value) { reason = value; return this; }
        RequestBuilder evidence(int count) { evidence = count; return this; }
        RequestBuilder resolution(Resolution value) { resolution = value; return this; }
        RequestBuilder currency(String code) { currency = code; return this; }

        RefundRequest build() {
            return new RefundRequest("R-1", "NX-100234", receivedAt, orderedAt, processedAt, reason, evidence,
                    resolution, currency, lines);
        }
    }
}
