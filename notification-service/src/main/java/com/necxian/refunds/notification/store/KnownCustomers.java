package com.necxian.refunds.notification.store;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Everyone the service has corresponded with, one row per address (the latest name wins). */
@Repository
public class KnownCustomers {

    public record KnownCustomer(String email, String customerId, String name) {
    }

    private final JdbcClient jdbc;

    KnownCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String email, String customerId, String name) {
        jdbc.sql("""
                insert into known_customer (email, customer_id, name) values (?, ?, ?)
                on conflict (email) do update set customer_id = excluded.customer_id,
                                                  name = coalesce(excluded.name, known_customer.name)""")
                .params(email.toLowerCase(Locale.ROOT), customerId, name).update();
    }

    public List<KnownCustomer> all() {
        return jdbc.sql("select email, customer_id, name from known_customer order by email")
                .query((rs, n) -> new KnownCustomer(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
