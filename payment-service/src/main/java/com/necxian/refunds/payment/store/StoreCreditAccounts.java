package com.necxian.refunds.payment.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.payment.domain.StoreCredit;
import com.necxian.refunds.payment.domain.StoreCredit.Balance;
import com.necxian.refunds.payment.domain.StoreCredit.Entry;

/** Store-credit accounts: one balance per customer and currency, with the entries that make it up. */
@Repository
public class StoreCreditAccounts {

    private final JdbcClient jdbc;

    StoreCreditAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Credits the account for a refund (at most once per refund: the entry's refund id is unique). */
    public long credit(String customerId, String currency, long amountMinor, String refundId, String orderNumber,
            Instant at) {
        jdbc.sql("""
                insert into store_credit_account (customer_id, currency, balance_minor) values (?, ?, ?)
                on conflict (customer_id, currency) do update
                set balance_minor = store_credit_account.balance_minor + excluded.balance_minor""")
                .params(customerId, currency, amountMinor).update();
        return jdbc.sql("insert into store_credit_entry (customer_id, currency, amount_minor, refund_id, order_number,"
                + " at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(customerId, currency, amountMinor, refundId, orderNumber, RefundPayments.ts(at))
                .query(Long.class).single();
    }

    /** The customer's account, or empty when no store credit was ever granted to them. */
    public Optional<StoreCredit> find(String customerId) {
        List<Balance> balances = balances(customerId);
        return balances.isEmpty() ? Optional.empty()
                : Optional.of(new StoreCredit(customerId, balances, entries(customerId)));
    }

    private List<Balance> balances(String customerId) {
        return jdbc.sql("select currency, balance_minor from store_credit_account where customer_id = ? "
                + "order by currency").param(customerId)
                .query((rs, n) -> new Balance(rs.getString(1), rs.getLong(2))).list();
    }

    private List<Entry> entries(String customerId) {
        return jdbc.sql("select * from store_credit_entry where customer_id = ? order by at, id").param(customerId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("currency"), rs.getLong("amount_minor"),
                        rs.getString("refund_id"), rs.getString("order_number"),
                        RefundPayments.instant(rs.getTimestamp("at"))))
                .list();
    }
}
