package com.necxian.refunds.notification.store;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer's own description of each line of a request, to name the lines in later e-mails. */
@Repository
public class RefundLines {

    private final JdbcClient jdbc;

    RefundLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String refundId, String lineId, String description) {
        jdbc.sql("insert into refund_line (refund_id, line_id, description) values (?, ?, ?) on conflict do nothing")
                .params(refundId, lineId, description).update();
    }

    /** Line id → description, for the lines whose description is known. */
    public Map<String, String> descriptions(String refundId) {
        Map<String, String> byLine = new HashMap<>();
        jdbc.sql("select line_id, description from refund_line where refund_id = ? and description is not null")
                .param(refundId).query(rs -> {
                    byLine.put(rs.getString(1), rs.getString(2));
                });
        return byLine;
    }
}
