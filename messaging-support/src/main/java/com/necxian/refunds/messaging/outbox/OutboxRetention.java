package com.necxian.refunds.messaging.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes sent rows of a service's transactional outbox (table {@code outbox}, columns {@code id} and
 * {@code sent_at}) once they are older than the retention, kept until then to look into what was published.
 * Unsent rows always stay. Runs every {@code necxian.outbox.prune-interval} in a service that enables scheduling.
 */
public class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Duration retention;

    public OutboxRetention(JdbcClient jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${necxian.outbox.prune-interval:1h}",
            fixedDelayString = "${necxian.outbox.prune-interval:1h}")
    public void prune() {
        try {
            long deleted = deleteSentBefore(retention);
            if (deleted > 0) {
                log.info("deleted {} outbox rows sent more than {} ago", deleted, retention);
            }
        } catch (RuntimeException e) {
            log.warn("outbox rows not pruned; will retry: {}", e.toString());
        }
    }

    /**
     * Deletes the rows sent more than {@code age} ago (the database's clock), 10,000 per statement so no
     * transaction grows large. Returns how many were deleted.
     */
    public long deleteSentBefore(Duration age) {
        long deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    delete from outbox where id in (
                      select id from outbox where sent_at < now() - make_interval(secs => ?) order by id limit ?)""")
                    .params(age.toSeconds(), BATCH).update();
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }
}
