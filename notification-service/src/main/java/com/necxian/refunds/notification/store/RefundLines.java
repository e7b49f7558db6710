package com.necxian.refunds.notification.store;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.notification.domain.LineName;

/** The customer's own description of each line of a request and its units, to name the lines in later e-mails. */
@Repository
public class RefundLines {

    private final JdbcClient jdbc;

    RefundLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String refundId, String lineId, String description, int quantity, Integer unitsToRefund) {
        jdbc.sql("insert into refund_line (refund_id, line_id, description, quantity, quantity_to_refund) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(refundId, lineId, description, quantity, unitsToRefund).update();
    }

    /** Line id → what e-mails call it ({@link LineName}), for every remembered line. */
    public Map<String, String> names(String refundId) {
        Map<String, String> byLine = new HashMap<>();
        jdbc.sql("select line_id, description, quantity, quantity_to_refund from refund_line where refund_id = ?")
                .param(refundId).query(rs -> {
                    byLine.put(rs.getString(1), LineName.of(rs.getString(1), rs.getString(2),
                            rs.getObject(3, Integer.class), rs.getObject(4, Integer.class)));
                });
        return byLine;
    }
}
