package com.necxian.refunds.policy.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The manual review queue: a case per refund the policy leaves to a person. */
@Repository
public class Reviews {

    public enum State { OPEN, DECIDED }

    public record Review(String refundId, String orderNumber, State state, Instant respondBy, Instant openedAt,
            String decision, String decidedBy, Long amountMinor, String resolution, List<String> clauses, String note,
            Instant decidedAt) {
    }

    /** What the reviewer decided. */
    public record Verdict(String decision, String decidedBy, Long amountMinor, String resolution,
            List<String> clauses, String note, Instant at) {
    }

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(String refundId, String orderNumber, Instant respondBy, Instant at) {
        jdbc.sql("insert into review (refund_id, order_number, state, respond_by, opened_at) values (?, ?, 'OPEN', ?, ?) "
                + "on conflict do nothing").params(refundId, orderNumber, Timestamp.from(respondBy), Timestamp.from(at))
                .update();
    }

    /** The case, locked until the surrounding transaction ends. */
    public Optional<Review> lock(String refundId) {
        return jdbc.sql("select * from review where refund_id = ? for update").param(refundId).query(this::review)
                .optional();
    }

    public Optional<Review> find(String refundId) {
        return jdbc.sql("select * from review where refund_id = ?").param(refundId).query(this::review).optional();
    }

    public void decide(String refundId, Verdict verdict) {
        jdbc.sql("""
                update review set state = 'DECIDED', decision = ?, decided_by = ?, amount_minor = ?, resolution = ?,
                                  clauses = ?, note = ?, decided_at = ?
                where refund_id = ?""")
                .params(verdict.decision(), verdict.decidedBy(), verdict.amountMinor(), verdict.resolution(),
                        String.join(",", verdict.clauses()), verdict.note(), Timestamp.from(verdict.at()), refundId)
                .update();
    }

    /** Oldest respondBy first. */
    public List<Review> inState(State state, int limit) {
        return jdbc.sql("select * from review where state = ? order by respond_by, refund_id limit ?")
                .params(state.name(), limit).query(this::review).list();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from review where state = 'OPEN'").query(Long.class).single();
    }

    public long countOverdue(Instant now) {
        return jdbc.sql("select count(*) from review where state = 'OPEN' and respond_by < ?")
                .param(Timestamp.from(now)).query(Long.class).single();
    }

    private Review review(ResultSet rs, int row) throws SQLException {
        String clauses = rs.getString("clauses");
        Long amount = rs.getObject("amount_minor", Long.class);
        return new Review(rs.getString("refund_id"), rs.getString("order_number"), State.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("respond_by")), instant(rs.getTimestamp("opened_at")), rs.getString("decision"),
                rs.getString("decided_by"), amount, rs.getString("resolution"),
                clauses == null || clauses.isEmpty() ? List.of() : Arrays.asList(clauses.split(",")),
                rs.getString("note"), instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
