package com.necxian.refunds.intake.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.intake.domain.RefundStatus;

/** The status view: one row per refund plus its history, fed by every refund event. */
@Repository
public class RefundViews {

    /**
     * What one event says about a refund; null fields leave the stored value as it is. {@code traceId}: the trace
     * the event's record carried (the first one stored stays).
     */
    public record Update(String eventId, String refundId, String orderNumber, RefundStatus status, Instant at,
            Instant respondBy, Instant processBy, String decisionJson, String paymentJson, String reviewJson,
            String traceId) {

        public Update(String eventId, String refundId, String orderNumber, RefundStatus status, Instant at,
                Instant respondBy, Instant processBy, String decisionJson, String paymentJson, String reviewJson) {
            this(eventId, refundId, orderNumber, status, at, respondBy, processBy, decisionJson, paymentJson,
                    reviewJson, null);
        }

        public Update tracedBy(String traceId) {
            return new Update(eventId, refundId, orderNumber, status, at, respondBy, processBy, decisionJson,
                    paymentJson, reviewJson, traceId);
        }
    }

    public record View(String refundId, String orderNumber, RefundStatus status, Instant respondBy,
            Instant processBy, String decisionJson, String paymentJson, String reviewJson,
            List<HistoryEntry> history, String traceId) {
    }

    public record HistoryEntry(RefundStatus status, Instant at) {
    }

    private static final String NEW_HISTORY = """
            insert into refund_history (event_id, refund_id, status, at) values (:eventId, :id, :status, :at)
            on conflict do nothing""";

    /** The status only moves forward; details from a late event (a decision after the payment) are still kept. */
    private static final String UPSERT_VIEW = """
            insert into refund_view as v (refund_id, order_number, status, status_rank, respond_by, process_by,
                                          decision, payment, review, trace_id, updated_at)
            values (:id, :order, :status, :rank, :respondBy, :processBy, :decision, :payment, :review, :traceId,
                    now())
            on conflict (refund_id) do update set
              status      = case when excluded.status_rank > v.status_rank then excluded.status else v.status end,
              status_rank = greatest(excluded.status_rank, v.status_rank),
              respond_by  = coalesce(v.respond_by, excluded.respond_by),
              process_by  = coalesce(excluded.process_by, v.process_by),
              decision    = coalesce(excluded.decision, v.decision),
              payment     = coalesce(excluded.payment, v.payment),
              review      = coalesce(excluded.review, v.review),
              trace_id    = coalesce(v.trace_id, excluded.trace_id),
              updated_at  = now()""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    RefundViews(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Applies events in order, each once (by event id), in one transaction and two round trips: first every
     * history row, then the view rows of the events whose history row was new.
     */
    @Transactional
    public void applyAll(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        List<MapSqlParameterSource> rows = updates.stream().map(RefundViews::parameters).toList();
        int[] inserted = batches.batchUpdate(NEW_HISTORY, rows.toArray(SqlParameterSource[]::new));
        List<MapSqlParameterSource> fresh = new ArrayList<>(rows.size());
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] != 0) {
                fresh.add(rows.get(i));
            }
        }
        if (!fresh.isEmpty()) {
            batches.batchUpdate(UPSERT_VIEW, fresh.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource parameters(Update update) {
        return new MapSqlParameterSource().addValue("eventId", update.eventId()).addValue("id", update.refundId())
                .addValue("order", update.orderNumber()).addValue("status", update.status().name())
                .addValue("rank", update.status().rank()).addValue("at", ts(update.at()), Types.TIMESTAMP)
                .addValue("respondBy", ts(update.respondBy()), Types.TIMESTAMP)
                .addValue("processBy", ts(update.processBy()), Types.TIMESTAMP)
                .addValue("decision", update.decisionJson(), Types.VARCHAR)
                .addValue("payment", update.paymentJson(), Types.VARCHAR)
                .addValue("review", update.reviewJson(), Types.VARCHAR)
                .addValue("traceId", update.traceId(), Types.VARCHAR);
    }

    public Optional<View> find(String refundId) {
        return jdbc.sql("select * from refund_view where refund_id = ?").param(refundId).query(this::view).optional();
    }

    public List<View> findByOrder(String orderNumber) {
        return jdbc.sql("select * from refund_view where order_number = ? order by updated_at").param(orderNumber)
                .query(this::view).list();
    }

    private View view(ResultSet rs, int row) throws SQLException {
        String refundId = rs.getString("refund_id");
        List<HistoryEntry> history = jdbc.sql("select status, at from refund_history where refund_id = ? order by at")
                .param(refundId).query((h, n) -> new HistoryEntry(RefundStatus.valueOf(h.getString(1)),
                        h.getTimestamp(2).toInstant())).list();
        return new View(refundId, rs.getString("order_number"), RefundStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("respond_by")), instant(rs.getTimestamp("process_by")),
                rs.getString("decision"), rs.getString("payment"), rs.getString("review"), history,
                rs.getString("trace_id"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
