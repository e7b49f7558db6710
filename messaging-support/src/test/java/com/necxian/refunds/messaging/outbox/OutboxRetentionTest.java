package com.necxian.refunds.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.necxian.refunds.testsupport.Infrastructure;

/** Sent outbox rows older than the retention are deleted; newer and unsent ones stay (real PostgreSQL). */
class OutboxRetentionTest {

    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
            Infrastructure.shared().database().jdbcUrl("outbox_retention"), "postgres", "postgres"));

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("create table if not exists outbox (id bigserial primary key, record_key text not null, "
                + "created_at timestamptz not null default now(), sent_at timestamptz)").update();
        jdbc.sql("delete from outbox").update();
    }

    @Test
    void sentRowsOlderThanTheRetentionAreDeletedUnsentRowsNever() {
        row("sent-8-days-ago", "now() - interval '8 days'");
        row("sent-yesterday", "now() - interval '1 day'");
        row("never-sent", "null");

        assertThat(new OutboxRetention(jdbc, Duration.ofDays(7)).deleteSentBefore(Duration.ofDays(7))).isEqualTo(1);
        assertThat(keys()).containsExactlyInAnyOrder("sent-yesterday", "never-sent");
    }

    @Test
    void theScheduledRunUsesTheConfiguredRetention() {
        row("sent-2-days-ago", "now() - interval '2 days'");
        row("sent-an-hour-ago", "now() - interval '1 hour'");

        new OutboxRetention(jdbc, Duration.ofDays(1)).prune();

        assertThat(keys()).containsExactly("sent-an-hour-ago");
    }

    private void row(String key, String sentAt) {
        jdbc.sql("insert into outbox (record_key, created_at, sent_at) values (?, now() - interval '30 days', "
                + sentAt + ")").param(key).update();
    }

    private List<String> keys() {
        return jdbc.sql("select record_key from outbox").query(String.class).list();
    }
}
