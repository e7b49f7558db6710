package com.necxian.refunds.payment.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Event ids already handled: redelivered events are recognised and skipped. */
@Repository
public class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time an event id is seen (inside the caller's transaction). */
    public boolean firstTime(String eventId) {
        return jdbc.sql("insert into processed_event (event_id) values (?) on conflict do nothing").param(eventId)
                .update() == 1;
    }
}
