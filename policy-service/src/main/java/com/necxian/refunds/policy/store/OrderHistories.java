package com.necxian.refunds.policy.store;

import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.policy.domain.OrderHistory;

/** What earlier approvals of an order took; read with a row lock so one order's decisions are serial. */
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
        Set<String> lines = new HashSet<>(jdbc.sql("select line_id from refunded_line where order_number = ?")
                .param(orderNumber).query(String.class).list());
        return new OrderHistory(lines, totals[0], totals[1]);
    }

    /** The order's history as it stands, without locking (for display); empty for an order never decided. */
    public OrderHistory read(String orderNumber) {
        var totals = jdbc.sql("select approved_total_minor, paid_total_minor from order_history where order_number = ?")
                .param(orderNumber).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .orElse(new long[] {0, 0});
        return new OrderHistory(new HashSet<>(refundedLines(orderNumber).keySet()), totals[0], totals[1]);
    }

    /** Each line of the order refunded by an earlier approval, with the refund that approved it. */
    public Map<String, String> refundedLines(String orderNumber) {
        Map<String, String> lines = new TreeMap<>();
        jdbc.sql("select line_id, refund_id from refunded_line where order_number = ?").param(orderNumber)
                .query((rs, n) -> lines.put(rs.getString(1), rs.getString(2))).list();
        return lines;
    }

    public void save(String orderNumber, String refundId, OrderHistory before, OrderHistory after) {
        jdbc.sql("update order_history set approved_total_minor = ?, paid_total_minor = ? where order_number = ?")
                .params(after.approvedTotalMinor(), after.paidTotalMinor(), orderNumber).update();
        for (String line : after.refundedLineIds()) {
            if (!before.wasRefunded(line)) {
                jdbc.sql("insert into refunded_line (order_number, line_id, refund_id) values (?, ?, ?)")
                        .params(orderNumber, line, refundId).update();
            }
        }
    }
}
