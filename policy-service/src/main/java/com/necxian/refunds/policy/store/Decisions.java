package com.necxian.refunds.policy.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.domain.RefundDecision;

import tools.jackson.databind.json.JsonMapper;

/**
 * The policy's decision per refund (one, by refund id) and the events it caused, kept to republish them unchanged
 * when the listener's Kafka transaction is retried. A reviewer's later decision goes to the {@link Outbox} instead.
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

    public void recordEvents(String refundId, List<SpecificRecord> events) {
        for (SpecificRecord event : events) {
            jdbc.sql("insert into decision_event (event_id, refund_id, topic, payload) values (?, ?, ?, ?)")
                    .params(event.get(event.getSchema().getField("eventId").pos()).toString(), refundId,
                            Topics.of(event), EventBytes.encode(event))
                    .update();
        }
    }

    /** The events the automatic decision of this refund caused, oldest first. */
    public List<SpecificRecord> events(String refundId) {
        return jdbc.sql("select topic, payload from decision_event where refund_id = ? order by recorded_at, event_id")
                .param(refundId).query((rs, n) -> EventBytes.decode(rs.getString(1), rs.getBytes(2))).list();
    }

}
