package com.necxian.refunds.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.BackOffExecution;

import com.necxian.refunds.testsupport.Infrastructure;

/**
 * The back-off of a failing record: a record at fault gets a few short retries, counted in the database so that a
 * restarted instance (a new BoundedRetry, nothing in memory) goes on counting; an outage is never counted.
 */
class BoundedRetryTest {

    private static final DataSource DATA_SOURCE = new DriverManagerDataSource(
            Infrastructure.shared().database().jdbcUrl("delivery_attempts"), "postgres", "postgres");
    private static final RetryProperties RETRY = new RetryProperties(3, Duration.ofMillis(200), Duration.ofMillis(500),
            Duration.ofSeconds(2));

    private final JdbcClient jdbc = JdbcClient.create(DATA_SOURCE);
    private final ConsumerRecord<String, Object> record = new ConsumerRecord<>("refund.approved", 2,
            ThreadLocalRandom.current().nextLong(1_000_000_000L), "NX-1", "value");
    private final Exception atFault = new DataIntegrityViolationException("bad",
            new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

    @BeforeEach
    void table() throws SQLException {
        try (var connection = DATA_SOURCE.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("db/delivery-attempts/R__delivery_attempt.sql"));
        }
        KafkaUtils.setConsumerGroupId("payment-service");
    }

    @AfterEach
    void noGroup() {
        KafkaUtils.clearConsumerGroupId();
    }

    @Test
    void aRestartedInstanceGoesOnCountingWhereTheKilledOneStopped() {
        BackOffExecution beforeTheKill = new BoundedRetry(RETRY, new DeliveryAttempts(DATA_SOURCE))
                .apply(record, atFault).start();
        assertThat(beforeTheKill.nextBackOff()).isEqualTo(200);
        assertThat(beforeTheKill.nextBackOff()).isEqualTo(400);

        BackOffExecution afterTheRestart = new BoundedRetry(RETRY, new DeliveryAttempts(DATA_SOURCE))
                .apply(record, atFault).start();
        assertThat(afterTheRestart.nextBackOff()).as("third failure: the last retry, capped").isEqualTo(500);
        assertThat(afterTheRestart.nextBackOff()).as("fourth failure: 1 + 3 tries used")
                .isEqualTo(BackOffExecution.STOP);
        assertThat(storedFailures()).isEqualTo(4);

        new DeliveryAttempts(DATA_SOURCE).forget("payment-service", record);
        assertThat(storedFailures()).isZero();
    }

    @Test
    void anOutageIsRetriedWithoutCountingAndNeverDeadLettered() {
        Exception outage = new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms."));
        BackOffExecution execution = new BoundedRetry(RETRY, new DeliveryAttempts(DATA_SOURCE)).apply(record, outage)
                .start();
        for (int i = 0; i < 20; i++) {
            assertThat(execution.nextBackOff()).isEqualTo(2_000);
        }
        assertThat(storedFailures()).isZero();
    }

    @Test
    void withoutADatabaseTheFailuresAreCountedInMemory() {
        BackOffExecution execution = new BoundedRetry(RETRY, null).apply(record, atFault).start();
        assertThat(execution.nextBackOff()).isEqualTo(200);
        assertThat(execution.nextBackOff()).isEqualTo(400);
        assertThat(execution.nextBackOff()).isEqualTo(500);
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void theLogSaysWhereAndWhatKindOfFailureButNotTheMessage() {
        assertThat(Failures.where(record)).isEqualTo("refund.approved-2@" + record.offset());
        assertThat(Failures.describe(atFault)).isEqualTo("SQLException 22021");
    }

    private long storedFailures() {
        return jdbc.sql("select coalesce(sum(attempts), 0) from delivery_attempt where record_offset = ?")
                .param(record.offset()).query(Long.class).single();
    }
}
