package com.necxian.refunds.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.testsupport.Infrastructure;

/** One transaction per poll, and which record a failure is reported at (real PostgreSQL, records made by hand). */
class PollTransactionTest {

    private static final DataSource DATA_SOURCE = new DriverManagerDataSource(
            Infrastructure.shared().database().jdbcUrl("poll_transaction"), "postgres", "postgres");
    private final JdbcClient jdbc = JdbcClient.create(DATA_SOURCE);
    private final PollTransaction poll = new PollTransaction(new DataSourceTransactionManager(DATA_SOURCE));

    @BeforeEach
    void emptyTable() {
        jdbc.sql("create table if not exists handled (value text primary key)").update();
        jdbc.sql("delete from handled").update();
    }

    @Test
    void everyRecordOfThePollIsHandledInOneTransaction() {
        poll.handle(records("a", "b", "c"), this::write);

        assertThat(handled()).containsExactly("a", "b", "c");
        assertThat(jdbc.sql("select count(distinct xmin::text) from handled").query(Long.class).single())
                .as("one transaction wrote every row").isEqualTo(1);
    }

    @Test
    void aFailingRecordIsReportedAtItsIndexAfterTheRecordsBeforeItCommitted() {
        List<ConsumerRecord<String, String>> records = records("a", "b", "bad", "d");

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> poll.handle(records, record -> {
                    if (record.value().equals("bad")) {
                        throw new IllegalStateException("cannot handle bad");
                    }
                    write(record);
                }));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).hasMessage("cannot handle bad");
        assertThat(handled()).containsExactly("a", "b"); // committed; "d" is redelivered after "bad"
    }

    @Test
    void anUndecodableRecordIsReportedWithItsDeserializationExceptionWithoutCallingTheHandler() {
        List<ConsumerRecord<String, String>> records = records("a", null, "c");
        SerializationUtils.deserializationException(records.get(1).headers(), "garbage".getBytes(),
                new DeserializationException("not Avro", "garbage".getBytes(), false, new RuntimeException()), false);
        AtomicInteger calls = new AtomicInteger();

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> poll.handle(records, record -> {
                    calls.incrementAndGet();
                    write(record);
                }));

        assertThat(failure.getIndex()).isEqualTo(1);
        assertThat(failure.getCause()).isInstanceOf(DeserializationException.class);
        assertThat(handled()).containsExactly("a");
    }

    @Test
    void aFailureOfTheFirstRecordCommitsNothing() {
        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> poll.handle(records("bad", "b"), record -> {
                    write(record);
                    if (record.value().equals("bad")) {
                        throw new IllegalStateException("fails after its write");
                    }
                }));

        assertThat(failure.getIndex()).isZero();
        assertThat(handled()).isEmpty();
    }

    private void write(ConsumerRecord<String, String> record) {
        jdbc.sql("insert into handled (value) values (?)").param(record.value()).update();
    }

    private List<String> handled() {
        return jdbc.sql("select value from handled order by value").query(String.class).list();
    }

    @Test
    void eachRecordIsHandledInTheTraceItsHeaderNamesAndNoneIsLeftCurrentAfterwards() {
        List<ConsumerRecord<String, String>> records = records("traced", "untraced");
        records.get(0).headers().add(TraceParents.HEADER,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));
        Map<String, String> traceIds = new HashMap<>();

        poll.handle(records, record -> traceIds.put(record.value(), String.valueOf(
                TraceParents.traceIdOf(TraceParents.current()))));

        assertThat(traceIds).containsEntry("traced", "4bf92f3577b34da6a3ce929d0e0e4736")
                .containsEntry("untraced", "null");
        assertThat(TraceParents.current()).isNull();
    }

    private static List<ConsumerRecord<String, String>> records(String... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new ConsumerRecord<>("topic", 0, 100 + i,
                0L, TimestampType.CREATE_TIME, 0, 0, "key", values[i], new RecordHeaders(),
                java.util.Optional.<Integer>empty())).toList();
    }
}
