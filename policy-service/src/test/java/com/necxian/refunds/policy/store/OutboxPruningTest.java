package com.necxian.refunds.policy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.messaging.outbox.OutboxRetention;
import com.necxian.refunds.policy.PolicyServiceTest;

/**
 * The service opts in to messaging-support's OutboxRetention, and it works on this service's outbox table: sent
 * rows older than the retention go, newer and unsent ones stay. Runs in a transaction that is rolled back, so the
 * relay never sees the hand-made rows.
 */
class OutboxPruningTest extends PolicyServiceTest {

    @Autowired
    OutboxRetention retention;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sentRowsOlderThanTheRetentionAreDeletedUnsentRowsNever() {
        String run = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            row(run + "-sent-8-days-ago", "now() - interval '8 days'");
            row(run + "-sent-yesterday", "now() - interval '1 day'");
            row(run + "-never-sent", "null");

            assertThat(retention.deleteSentBefore(Duration.ofDays(7))).isEqualTo(1);
            assertThat(eventIdsOf(run)).containsExactlyInAnyOrder(run + "-sent-yesterday", run + "-never-sent");
            status.setRollbackOnly();
        });
    }

    private void row(String eventId, String sentAt) {
        jdbc.sql("insert into outbox (event_id, topic, record_key, event_type, payload, created_at, sent_at) values "
                + "(?, 'refund.approved', 'NX-1', 'x', '\\x00'::bytea, now() - interval '30 days', " + sentAt + ")")
                .param(eventId).update();
    }

    private List<String> eventIdsOf(String run) {
        return jdbc.sql("select event_id from outbox where event_id like ?").param(run + "%").query(String.class)
                .list();
    }
}
