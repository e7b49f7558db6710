package com.necxian.refunds.notification.store;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The significant policy versions whose notices were queued: each version is fanned out once. */
@Repository
public class PolicyNotices {

    private final JdbcClient jdbc;

    PolicyNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call claimed the version (nobody queued its notices before). */
    public boolean claim(int policyVersion, String eventId, String summary, Instant effectiveAt) {
        return jdbc.sql("""
                insert into policy_notice (policy_version, event_id, summary, effective_at, recipients)
                values (?, ?, ?, ?, 0) on conflict do nothing""")
                .params(policyVersion, eventId, summary, Timestamp.from(effectiveAt)).update() == 1;
    }

    public void recipients(int policyVersion, int count) {
        jdbc.sql("update policy_notice set recipients = ? where policy_version = ?").params(count, policyVersion)
                .update();
    }
}
