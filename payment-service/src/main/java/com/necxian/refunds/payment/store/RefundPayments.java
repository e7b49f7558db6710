package com.necxian.refunds.payment.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.domain.Payout;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.domain.Resolution;

/**
 * The refund payment ledger. Status changes are guarded by the current status, so of two writers racing on one
 * refund only the first final answer counts. Callers hold the transaction.
 */
@Repository
public class RefundPayments {

    private static final String OPEN = "('PENDING', 'SUBMITTED')";

    private final JdbcClient jdbc;

    RefundPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new refund payment; false when this refund id is already in the ledger (a replayed approval). */
    public boolean open(Payout p, PayoutStatus status, long payoutMinor, String failureReason, Instant now) {
        return jdbc.sql("""
                insert into refund_payment (refund_id, approval_event_id, order_number, correlation_id, customer_id,
                    customer_email, customer_name, resolution, payment_method, payment_reference, currency,
                    approved_minor, order_paid_minor, payout_minor, status, failure_reason, next_attempt_at, approved_at,
                    process_by, created_at, completed_at, trace_parent)
                values (:refundId, :eventId, :order, :correlation, :customerId, :email, :name, :resolution, :method,
                    :reference, :currency, :approved, :paid, :payout, :status, :reason, :next, :approvedAt, :processBy, :now,
                    :completedAt, :traceParent)
                on conflict (refund_id) do nothing""")
                .param("refundId", p.refundId()).param("eventId", p.approvalEventId())
                .param("order", p.orderNumber()).param("correlation", p.correlationId())
                .param("customerId", p.customerId()).param("email", p.customerEmail()).param("name", p.customerName())
                .param("resolution", p.resolution().name()).param("method", p.paymentMethod())
                .param("reference", p.paymentReference()).param("currency", p.currency())
                .param("approved", p.approvedMinor()).param("paid", p.orderPaidMinor()).param("payout", payoutMinor)
                .param("status", status.name()).param("reason", failureReason)
                .param("completedAt", ts(status.isFinal() ? now : null)).param("next", ts(status == PayoutStatus.PENDING ? now : null))
                .param("approvedAt", ts(p.approvedAt())).param("processBy", ts(p.processBy())).param("now", ts(now))
                .param("traceParent", TraceParents.current(), Types.VARCHAR).update() == 1;
    }

    /**
     * Commits the payout against its payment reference, or says why it cannot be: the total committed against one
     * payment never exceeds what was paid (the check constraints of payment_total back this up). The row lock
     * serialises concurrent approvals for the same payment.
     */
    public Optional<String> reserve(Payout p) {
        jdbc.sql("insert into payment_total (payment_reference, currency, paid_minor) values (?, ?, ?) "
                + "on conflict do nothing").params(p.paymentReference(), p.currency(), p.orderPaidMinor()).update();
        record Total(String currency, long paid, long committed) {
        }
        Total total = jdbc.sql("select currency, paid_minor, committed_minor from payment_total "
                        + "where payment_reference = ? for update").param(p.paymentReference())
                .query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getLong(3))).single();
        if (!total.currency().equals(p.currency())) {
            return Optional.of("The original payment was made in " + total.currency() + ", the approval is in "
                    + p.currency() + ".");
        }
        long paid = Math.max(total.paid(), p.orderPaidMinor());
        if (total.committed() + p.payoutMinor() > paid) {
            return Optional.of("Paying this refund would bring the total refunded against the original payment above"
                    + " what was paid; it was already refunded in full or in part.");
        }
        jdbc.sql("""
                update payment_total set paid_minor = :paid, approved_minor = approved_minor + :amount,
                    committed_minor = committed_minor + :amount where payment_reference = :reference""")
                .param("paid", paid).param("amount", p.payoutMinor()).param("reference", p.paymentReference())
                .update();
        return Optional.empty();
    }

    /** Gives back a failed payout's share of its payment's total. */
    public void release(String paymentReference, long amountMinor) {
        jdbc.sql("update payment_total set committed_minor = committed_minor - ? where payment_reference = ?")
                .params(amountMinor, paymentReference).update();
    }

    /** Claims due payouts for one attempt each; the lease keeps other workers off until it runs out. */
    public List<LedgerEntry> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update refund_payment set attempts = attempts + 1, next_attempt_at = :lease
                where refund_id in (select refund_id from refund_payment
                                    where status in %s and next_attempt_at <= :now
                                    order by next_attempt_at limit :limit for update skip locked)
                returning *""".formatted(OPEN))
                .param("now", ts(now)).param("lease", ts(leaseUntil)).param("limit", limit)
                .query((rs, n) -> entry(rs, List.of())).list();
    }

    public void recordAttempt(String refundId, int attempt, Instant at, String outcome, String providerReference,
            String detail) {
        jdbc.sql("insert into refund_attempt (refund_id, attempt, at, outcome, provider_reference, detail) "
                + "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(refundId, attempt, ts(at), outcome, providerReference, detail).update();
    }

    public boolean succeed(String refundId, String providerReference, Instant now) {
        return jdbc.sql("update refund_payment set status = 'SUCCEEDED', provider_reference = ?, completed_at = ?, "
                + "next_attempt_at = null where refund_id = ? and status in " + OPEN)
                .params(providerReference, ts(now), refundId).update() == 1;
    }

    public boolean fail(String refundId, String providerReference, String reason, Instant now) {
        return jdbc.sql("update refund_payment set status = 'FAILED', payout_minor = 0, failure_reason = ?, "
                + "provider_reference = coalesce(?, provider_reference), completed_at = ?, next_attempt_at = null "
                + "where refund_id = ? and status in " + OPEN)
                .params(reason, providerReference, ts(now), refundId).update() == 1;
    }

    public boolean submitted(String refundId, String providerReference, Instant checkAt) {
        return jdbc.sql("update refund_payment set status = 'SUBMITTED', provider_reference = ?, next_attempt_at = ? "
                + "where refund_id = ? and status in " + OPEN)
                .params(providerReference, ts(checkAt), refundId).update() == 1;
    }

    public boolean retryAt(String refundId, String lastReason, Instant nextAttempt) {
        return jdbc.sql("update refund_payment set next_attempt_at = ?, failure_reason = ? "
                + "where refund_id = ? and status in " + OPEN)
                .params(ts(nextAttempt), lastReason, refundId).update() == 1;
    }

    /** The trace context of the approval that opened the payout (so its outcome continues that trace), or null. */
    public String traceParentOf(String refundId) {
        return jdbc.sql("select trace_parent from refund_payment where refund_id = ?").param(refundId)
                .query(String.class).optional().orElse(null);
    }

    /** Payouts still open (pending or submitted) whose processBy (PROC-3) is before {@code deadline}. */
    public long countOpenDueBefore(Instant deadline) {
        return jdbc.sql("select count(*) from refund_payment where status in " + OPEN + " and process_by < ?")
                .param(ts(deadline)).query(Long.class).single();
    }

    public Optional<LedgerEntry> find(String refundId) {
        return jdbc.sql("select * from refund_payment where refund_id = ?").param(refundId)
                .query((rs, n) -> entry(rs, attempts(refundId))).optional();
    }

    private List<LedgerEntry.Attempt> attempts(String refundId) {
        return jdbc.sql("select * from refund_attempt where refund_id = ? order by attempt").param(refundId)
                .query((rs, n) -> new LedgerEntry.Attempt(rs.getInt("attempt"), instant(rs.getTimestamp("at")),
                        rs.getString("outcome"), rs.getString("provider_reference"), rs.getString("detail")))
                .list();
    }

    private static LedgerEntry entry(ResultSet rs, List<LedgerEntry.Attempt> attempts) throws SQLException {
        Payout payout = new Payout(rs.getString("refund_id"), rs.getString("approval_event_id"),
                rs.getString("order_number"), rs.getString("correlation_id"), rs.getString("customer_id"),
                rs.getString("customer_email"), rs.getString("customer_name"),
                Resolution.valueOf(rs.getString("resolution")), rs.getString("payment_method"),
                rs.getString("payment_reference"), rs.getLong("approved_minor"), rs.getLong("order_paid_minor"),
                rs.getString("currency"), instant(rs.getTimestamp("approved_at")),
                instant(rs.getTimestamp("process_by")));
        return new LedgerEntry(payout, PayoutStatus.valueOf(rs.getString("status")), rs.getLong("payout_minor"),
                rs.getString("provider_reference"), rs.getString("failure_reason"), rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("completed_at")), attempts);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
