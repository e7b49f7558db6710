package com.necxian.refunds.policy.store;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.policy.domain.OrderHistory;

/** What earlier approvals of an order took (units per line); locked so one order's decisions are serial. */
@Repository
public class OrderHistories {

    private final JdbcClient jdbc;

    OrderHistories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's history, locked until the surrounding transaction ends. */
    public OrderHistory lock(String orderNumber) {
        jdbc.sql("insert into order_history (order_number) values (?) on conflict do nothing").param(orderNumber)
                .update();
        var totals = jdbc.sql("select approved_total_minor, paid_total_minor from order_history "
                + "where order_number = ? for update").param(orderNumber)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new OrderHistory(refundedUnits(orderNumber), totals[0], totals[1]);
    }

    /** The order's history as it stands, without locking (for display); empty for an order never decided. */
    public OrderHistory read(String orderNumber) {
        var totals = jdbc.sql("select approved_total_minor, paid_total_minor from order_history where order_number = ?")
                .param(orderNumber).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .orElse(new long[] {0, 0});
        return new OrderHistory(refundedUnits(orderNumber), totals[0], totals[1]);
    }

    /**
     * Each line of the order refunded (some units or all) by an approval other than {@code exceptRefundId}, with the
     * refunds that approved it ("r1, r2" when it was refunded in parts).
     */
    public Map<String, String> refundedLines(String orderNumber, String exceptRefundId) {
        Map<String, String> lines = new TreeMap<>();
        jdbc.sql("select line_id, string_agg(refund_id, ', ' order by refund_id) from refunded_line "
                + "where order_number = ? and refund_id <> ? group by line_id").params(orderNumber, exceptRefundId)
                .query((RowCallbackHandler) rs -> lines.put(rs.getString(1), rs.getString(2)));
        return lines;
    }

    /** One refunded_line row per line whose refunded units grew, with the units this refund took. */
    public void save(String orderNumber, String refundId, OrderHistory before, OrderHistory after) {
        jdbc.sql("update order_history set approved_total_minor = ?, paid_total_minor = ? where order_number = ?")
                .params(after.approvedTotalMinor(), after.paidTotalMinor(), orderNumber).update();
        after.refundedUnits().forEach((line, units) -> {
            int added = units - before.unitsRefunded(line);
            if (added > 0) {
                jdbc.sql("insert into refunded_line (order_number, line_id, refund_id, units) values (?, ?, ?, ?)")
                        .params(orderNumber, line, refundId, added).update();
            }
        });
    }

    /** Units refunded per line; a row from before units were counted (null) is the whole line. */
    private Map<String, Integer> refundedUnits(String orderNumber) {
        Map<String, Integer> units = new HashMap<>();
        jdbc.sql("select line_id, units from refunded_line where order_number = ?").param(orderNumber)
                .query((RowCallbackHandler) rs -> units.merge(rs.getString(1),
                        rs.getObject(2) == null ? OrderHistory.ALL_UNITS : rs.getInt(2), OrderHistory::addUnits));
        return units;
    }
}
