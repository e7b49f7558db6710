package com.necxian.refunds.policy.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.policy.domain.RefundDecision;

import tools.jackson.databind.json.JsonMapper;

/**
 * The policy's decision per refund (one, by refund id: the dedupe of redelivered and repeated requests), with the
 * request it decided and the record it came from. Its event goes to the outbox in the same transaction.
 */
@Repository
public class Decisions {

    /** Which record of refund.requested produced a decision. */
    public record Source(int partition, long offset) {
    }

    public record Recorded(String refundId, Source source, RefundRequested request, RefundDecision decision) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Decisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Recorded> find(String refundId) {
        return jdbc.sql("select refund_id, source_partition, source_offset, request, decision from decision "
                + "where refund_id = ?").param(refundId)
                .query((rs, n) -> new Recorded(rs.getString(1), new Source(rs.getInt(2), rs.getLong(3)),
                        EventBytes.request(rs.getBytes(4)), json.readValue(rs.getString(5), RefundDecision.class)))
                .optional();
    }

    /** Records the decision; false when the refund already has one (then nothing was written). */
    public boolean record(RefundRequested request, Source source, RefundDecision decision, Instant at) {
        return jdbc.sql("""
                insert into decision (refund_id, request_event_id, source_partition, source_offset, order_number,
                                      outcome, policy_version, approved_minor, currency, decision, request, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(request.getRefundId(), request.getEventId(), source.partition(), source.offset(),
                        request.getOrderNumber(), decision.outcome().name(), decision.policyVersion(),
                        decision.approvedAmountMinor(), request.getCurrency(), json.writeValueAsString(decision),
                        EventBytes.encode(request), Timestamp.from(at))
                .update() == 1;
    }

}
