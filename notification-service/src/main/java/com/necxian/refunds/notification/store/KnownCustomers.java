package com.necxian.refunds.notification.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Everyone the service has corresponded with, one row per address (the latest name wins).
 *
 * <p>Inside a transaction the addresses are collected and written just before it commits, in address order, in one
 * statement. A listener thread queues a whole poll in one transaction; written in event order, two polls sharing
 * customers locked their rows in opposite orders and PostgreSQL broke the cycle (40P01, the poll retried after 2 s).
 * In one order, one poll at most waits for the other's commit.
 */
@Repository
public class KnownCustomers {

    public record KnownCustomer(String email, String customerId, String name) {
    }

    private final JdbcClient jdbc;

    KnownCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String email, String customerId, String name) {
        refuseNul(email, customerId, name);
        KnownCustomer customer = new KnownCustomer(email.toLowerCase(Locale.ROOT), customerId, name);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(customer));
            return;
        }
        pending().merge(customer.email(), customer, (earlier, later) -> new KnownCustomer(later.email(),
                later.customerId(), later.name() == null ? earlier.name() : later.name()));
    }

    /** Everyone known, including those remembered earlier in this transaction. */
    public List<KnownCustomer> all() {
        writePending();
        return jdbc.sql("select email, customer_id, name from known_customer order by email")
                .query((rs, n) -> new KnownCustomer(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The transaction's customers by address, written before it commits. Registered once per transaction; the
     * resource is unbound when it completes.
     */
    @SuppressWarnings("unchecked")
    private Map<String, KnownCustomer> pending() {
        Map<String, KnownCustomer> pending = (Map<String, KnownCustomer>) TransactionSynchronizationManager
                .getResource(this);
        if (pending == null) {
            Map<String, KnownCustomer> created = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    writePending();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KnownCustomers.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    @SuppressWarnings("unchecked")
    private void writePending() {
        var pending = (Map<String, KnownCustomer>) TransactionSynchronizationManager.getResource(this);
        if (pending != null && !pending.isEmpty()) {
            write(new ArrayList<>(pending.values()));
            pending.clear();
        }
    }

    /** One upsert for all of them, in the order given (address order: the row locks are taken in it). */
    private void write(List<KnownCustomer> customers) {
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (KnownCustomer customer : customers) {
            values.append(values.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
            params.addAll(Arrays.asList(customer.email(), customer.customerId(), customer.name()));
        }
        jdbc.sql("insert into known_customer (email, customer_id, name) values " + values
                + " on conflict (email) do update set customer_id = excluded.customer_id,"
                + " name = coalesce(excluded.name, known_customer.name)").params(params).update();
    }

    /**
     * PostgreSQL refuses NUL in text. Checked here, while the event is handled, so the event at fault is retried and
     * dead-lettered rather than the whole poll failing at its commit.
     */
    private static void refuseNul(String... values) {
        for (String value : values) {
            if (value != null && value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a customer's address, id or name contains NUL");
            }
        }
    }
}
