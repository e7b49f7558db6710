package com.necxian.refunds.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.notification.domain.Draft;
import com.necxian.refunds.notification.domain.MailTemplate;

/** The e-mails to send and their delivery state; the unique dedupe key makes each one happen once. */
@Repository
public class Notifications {

    public enum State { PENDING, SENT, FAILED, SUPERSEDED }

    /**
     * A notification ready to go out; refundId is null for a policy notice; {@code eventAt} and {@code traceParent}
     * of the event that caused it, when known.
     */
    public record Outgoing(long id, String recipient, String subject, String textBody, String htmlBody,
            int attempts, String refundId, MailTemplate template, String eventId, Instant eventAt,
            String traceParent) {
    }

    /** What the operator API shows. */
    public record Entry(long id, String template, String recipient, String subject, State state, int attempts,
            Instant createdAt, Instant sentAt, String lastError) {
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the e-mail once; false when its dedupe key was already recorded. A progress notice for a status
     * earlier than one already recorded (a late event) is kept as SUPERSEDED and not sent; a decision always goes.
     */
    public boolean record(Draft draft, String textBody, String htmlBody) {
        return record(draft, textBody, htmlBody, null);
    }

    /** {@link #record(Draft, String, String)} of an e-mail caused by an event that happened at {@code eventAt}. */
    public boolean record(Draft draft, String textBody, String htmlBody, Instant eventAt) {
        return jdbc.sql("""
                insert into notification (dedupe_key, template, status_rank, refund_id, order_number, event_id,
                                          recipient, subject, text_body, html_body, event_at, trace_parent, state)
                values (:key, :template, :rank, :refundId, :orderNumber, :eventId, :recipient, :subject, :text, :html,
                        :eventAt, :traceParent,
                        case when :stale and cast(:refundId as text) is not null and exists (select 1 from notification n
                               where n.refund_id = :refundId and n.status_rank > :rank) then 'SUPERSEDED'
                             else 'PENDING' end)
                on conflict (dedupe_key) do nothing""")
                .param("key", draft.dedupeKey()).param("template", draft.template().name())
                .param("rank", draft.template().rank()).param("refundId", draft.refundId())
                .param("stale", draft.template().staleOnceOvertaken())
                .param("orderNumber", draft.orderNumber()).param("eventId", draft.eventId())
                .param("recipient", draft.recipient()).param("subject", draft.subject())
                .param("text", textBody).param("html", htmlBody)
                .param("eventAt", eventAt == null ? null : Timestamp.from(eventAt), Types.TIMESTAMP)
                .param("traceParent", TraceParents.current(), Types.VARCHAR).update() == 1;
    }

    /**
     * Claims up to {@code limit} due notifications for this sender for {@code lease} (so several instances never
     * send the same one at the same time) and returns them, oldest first.
     */
    public List<Outgoing> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                update notification set lease_until = now() + :lease * interval '1 millisecond'
                where id in (select id from notification
                             where state = 'PENDING' and next_attempt_at <= now()
                               and (lease_until is null or lease_until < now())
                             order by id limit :limit for update skip locked)
                returning id, recipient, subject, text_body, html_body, attempts, refund_id, template, event_id,
                          event_at, trace_parent""")
                .param("lease", lease.toMillis()).param("limit", limit)
                .query((rs, n) -> new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), MailTemplate.valueOf(rs.getString(8)),
                        rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                        rs.getString(11)))
                .list().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    }

    /**
     * Records e-mails the server acknowledged, a small group at once, right after their acknowledgement: until then
     * a crash would send them again.
     */
    public void markSent(Collection<Long> ids) {
        jdbc.sql("""
                update notification set state = 'SENT', sent_at = now(), attempts = attempts + 1,
                                        lease_until = null, last_error = null
                where id in (:ids) and state = 'PENDING'""").param("ids", ids).update();
    }

    /** Gives claimed notifications that were not tried back to any sender at once. */
    public void release(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notification set lease_until = null where id in (:ids) and state = 'PENDING'")
                    .param("ids", ids).update();
        }
    }

    public void markRetry(long id, String error, Duration wait) {
        jdbc.sql("""
                update notification set attempts = attempts + 1, last_error = :error, lease_until = null,
                                        next_attempt_at = now() + :wait * interval '1 millisecond'
                where id = :id and state = 'PENDING'""")
                .param("id", id).param("error", error).param("wait", wait.toMillis()).update();
    }

    public void markFailed(long id, String error) {
        jdbc.sql("""
                update notification set state = 'FAILED', attempts = attempts + 1, last_error = :error,
                                        lease_until = null
                where id = :id and state = 'PENDING'""").param("id", id).param("error", error).update();
    }

    public List<Entry> forRefund(String refundId) {
        return jdbc.sql("""
                select id, template, recipient, subject, state, attempts, created_at, sent_at, last_error
                from notification where refund_id = ? order by id""").param(refundId).query(this::entry).list();
    }

    public long count(State state) {
        return jdbc.sql("select count(*) from notification where state = ?").param(state.name())
                .query(Long.class).single();
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("template"), rs.getString("recipient"),
                rs.getString("subject"), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                rs.getString("last_error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
