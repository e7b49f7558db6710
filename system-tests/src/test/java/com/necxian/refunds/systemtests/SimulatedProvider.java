package com.necxian.refunds.systemtests;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.necxian.refunds.testsupport.Database;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * The simulated payment provider's own record (its tables in payment's database, shared by every payment-service
 * instance): the outside world's view of how often money moved, read directly rather than through the service.
 */
final class SimulatedProvider {

    private static final String DATABASE = "payment_service";

    private SimulatedProvider() {
    }

    /** Per refund id, the amounts of the refunds the provider made with it as idempotency key (money that left). */
    static Map<String, List<Long>> refundsMadeFor(Infrastructure infrastructure, Collection<String> refundIds) {
        return query(infrastructure, """
                select idempotency_key, amount_minor from simulated_provider_refund
                where failure is null and idempotency_key = any (?)""", refundIds);
    }

    /** Refunds still open (PENDING or SUBMITTED) in payment's ledger, of those given. */
    static int openInLedger(Infrastructure infrastructure, Collection<String> refundIds) {
        return query(infrastructure, """
                select refund_id, 0 from refund_payment where status in ('PENDING', 'SUBMITTED')
                and refund_id = any (?)""", refundIds).size();
    }

    /** Refunds accepted by the provider but not yet confirmed (SUBMITTED in the ledger), of those given. */
    static int submittedInLedger(Infrastructure infrastructure, Collection<String> refundIds) {
        return query(infrastructure, """
                select refund_id, 0 from refund_payment where status = 'SUBMITTED' and refund_id = any (?)""",
                refundIds).size();
    }

    private static Map<String, List<Long>> query(Infrastructure infrastructure, String sql,
            Collection<String> refundIds) {
        String url = infrastructure.database().jdbcUrl(DATABASE);
        try (var connection = DriverManager.getConnection(url, DATABASE, Database.localPassword(DATABASE));
             var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", refundIds.toArray()));
            Map<String, List<Long>> found = new HashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getLong(2));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read payment's database", e);
        }
    }
}
