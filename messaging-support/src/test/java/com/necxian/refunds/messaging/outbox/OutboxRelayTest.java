package com.necxian.refunds.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.KafkaClients;
import com.necxian.refunds.messaging.SampleEvents;
import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * The outbox and its relay against real PostgreSQL (the table made from the shared DDL) and the real broker; what
 * the relay publishes is read back by a read_committed consumer, by record key.
 */
class OutboxRelayTest {

    private static final String URL = Infrastructure.shared().database().jdbcUrl("outbox_relay");
    private static final DataSource DATA_SOURCE = new DriverManagerDataSource(URL, "postgres", "postgres");
    private static final JdbcClient JDBC = JdbcClient.create(DATA_SOURCE);
    private static final PlatformTransactionManager TRANSACTIONS = new DataSourceTransactionManager(DATA_SOURCE);
    private static final Duration NEVER_BY_POLLING = Duration.ofMinutes(2);

    private static KafkaTemplate<String, Object> kafka;
    private static Received received;

    private final List<OutboxRelay> relays = new CopyOnWriteArrayList<>();
    private final Outbox outbox = new Outbox(JDBC, () -> relays.forEach(OutboxRelay::wake));

    @BeforeAll
    static void sharedTableAndClients() {
        JDBC.sql("drop table if exists outbox").update();
        new ResourceDatabasePopulator(new ClassPathResource(OutboxTable.DDL)).execute(DATA_SOURCE);
        kafka = KafkaClients.template();
        received = new Received(KafkaClients.consumer());
    }

    @AfterAll
    static void closeClients() {
        received.close();
        kafka.getProducerFactory().reset();
    }

    @BeforeEach
    void emptyOutbox() {
        JDBC.sql("delete from outbox").update();
    }

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    @Test
    void rowsArePublishedInBatchesInTheOrderTheyWereWrittenPerKeyAndMarkedSent() {
        Recording recording = new Recording();
        start(recording.around(kafka), 100, NEVER_BY_POLLING);
        List<String> keys = List.of(order(), order(), order());
        List<RefundRequested> events = IntStream.range(0, 250)
                .mapToObj(i -> SampleEvents.refundRequested(keys.get(i % 3), "event " + i)).toList();

        inTransaction(() -> events.forEach(outbox::add));

        await().atMost(Duration.ofSeconds(30)).until(() -> unsent() == 0);
        assertThat(recording.batchSizes).containsExactly(100, 100, 50);
        for (String key : keys) {
            List<String> written = events.stream().filter(e -> e.getOrderNumber().equals(key))
                    .map(RefundRequested::getEventId).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> received.eventIds(key).size() >= written.size());
            assertThat(received.eventIds(key)).containsExactlyElementsOf(written);
        }
        assertThat(JDBC.sql("select count(*) from outbox where sent_at is not null").query(Long.class).single())
                .isEqualTo(250);
    }

    @Test
    void eachEventIsPublishedInTheTraceOfTheTransactionThatWroteItThoughTheRelayThreadHasNone() {
        start(kafka, 500, NEVER_BY_POLLING);
        String key = order();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        RefundRequested traced = SampleEvents.refundRequested(key, "traced");
        RefundRequested untraced = SampleEvents.refundRequested(key, "untraced");

        try (var trace = TraceParents.open("00-" + traceId + "-00f067aa0ba902b7-01")) {
            inTransaction(() -> outbox.add(traced));
        }
        inTransaction(() -> outbox.add(untraced));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.eventIds(key).size() >= 2);
        assertThat(received.traceId(traced.getEventId())).isEqualTo(traceId);
        assertThat(received.traceId(untraced.getEventId())).isNull();
        assertThat(JDBC.sql("select trace_parent from outbox where event_id = ?").param(traced.getEventId())
                .query(String.class).single()).isEqualTo("00-" + traceId + "-00f067aa0ba902b7-01");
    }

    @Test
    void aCommitWakesTheRelayLongBeforeItsPollInterval() {
        start(kafka, 500, NEVER_BY_POLLING);
        String key = order();
        RefundRequested first = SampleEvents.refundRequested(key, "first");
        inTransaction(() -> outbox.add(first));
        await().atMost(Duration.ofSeconds(10)).until(() -> sent(first));

        // The relay has drained and is waiting (its poll is 2 minutes away): only the commit can wake it.
        RefundRequested second = SampleEvents.refundRequested(key, "second");
        inTransaction(() -> outbox.add(second));

        await().atMost(Duration.ofSeconds(5)).until(() -> sent(second));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.eventIds(key).size() == 2);
        assertThat(received.eventIds(key)).containsExactly(first.getEventId(), second.getEventId());
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        start(kafka, 500, Duration.ofMillis(200));
        String key = order();
        RefundRequested rolledBack = SampleEvents.refundRequested(key, "rolled back");

        assertThatThrownBy(() -> inTransaction(() -> {
            outbox.add(rolledBack);
            throw new IllegalStateException("injected fault: the use case fails after writing its event");
        })).hasMessageContaining("injected fault");
        RefundRequested later = SampleEvents.refundRequested(key, "later");
        inTransaction(() -> outbox.add(later));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.eventIds(key).contains(later.getEventId()));
        assertThat(received.eventIds(key)).containsExactly(later.getEventId()); // same partition, earlier offset
        assertThat(JDBC.sql("select count(*) from outbox where event_id = ?").param(rolledBack.getEventId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void addingOutsideATransactionIsRefused() {
        RefundRequested event = SampleEvents.refundRequested(order(), "no transaction");

        assertThatThrownBy(() -> outbox.add(event)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the database transaction");
        assertThat(JDBC.sql("select count(*) from outbox").query(Long.class).single()).isZero();
    }

    @Test
    void whileTheBrokerIsUnreachableRowsStayUnsentAndGoOutOnceItIsBackWithTheirEventIds() {
        KafkaTemplate<String, Object> unreachable = KafkaClients.template("127.0.0.1:" + closedPort(),
                Duration.ofMillis(300));
        AtomicReference<KafkaOperations<String, Object>> broker = new AtomicReference<>(unreachable);
        AtomicInteger attempts = new AtomicInteger();
        start(intercepting(() -> broker.get(), (send, target) -> {
            attempts.incrementAndGet();
            return send.apply(target);
        }), 500, Duration.ofMillis(200));
        String key = order();
        List<RefundRequested> events = List.of(SampleEvents.refundRequested(key, "1"),
                SampleEvents.refundRequested(key, "2"), SampleEvents.refundRequested(key, "3"));

        inTransaction(() -> events.forEach(outbox::add));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() >= 3); // three rounds failed
        assertThat(unsent()).isEqualTo(3);
        assertThat(received.eventIds(key)).isEmpty();

        broker.set(kafka); // the broker is back
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent() == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> received.eventIds(key).size() >= 3);
        List<String> stored = JDBC.sql("select event_id from outbox where record_key = ? order by id").param(key)
                .query(String.class).list();
        assertThat(received.eventIds(key)).containsExactlyElementsOf(stored)
                .containsExactlyElementsOf(events.stream().map(RefundRequested::getEventId).toList());
        unreachable.getProducerFactory().reset();
    }

    @Test
    void aSendThatFailsInTheMiddleOfABatchLeavesItUnsentAndTheWholeBatchGoesOutAgainWithTheSameEventIds() {
        AtomicInteger sends = new AtomicInteger();
        start(intercepting(() -> kafka, (send, target) -> sends.incrementAndGet() == 3
                ? CompletableFuture.failedFuture(new TimeoutException("injected fault: no acknowledgement"))
                : send.apply(target)), 500, Duration.ofMillis(200));
        String key = order();
        List<RefundRequested> events = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> SampleEvents.refundRequested(key, "event " + i)).toList();
        List<String> ids = events.stream().map(RefundRequested::getEventId).toList();

        inTransaction(() -> events.forEach(outbox::add));

        await().atMost(Duration.ofSeconds(30)).until(() -> unsent() == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> received.eventIds(key).size() >= 7);
        // The two sent before the failure went out, unmarked; the retried batch sends all five, same ids, in order.
        assertThat(received.eventIds(key)).containsExactly(ids.get(0), ids.get(1), ids.get(0), ids.get(1),
                ids.get(2), ids.get(3), ids.get(4));
        assertThat(sends).hasValue(2 + 5 + 1); // 1, 2, the failure; then the whole batch
    }

    @Test
    void twoRelaysNeverPublishAtTheSameTimeAndNothingIsPublishedTwice() throws Exception {
        AtomicReference<String> publishing = new AtomicReference<>();
        AtomicInteger overlaps = new AtomicInteger();
        Map<String, AtomicInteger> sendsByRelay = new ConcurrentHashMap<>();
        for (String name : List.of("instance-a", "instance-b")) {
            sendsByRelay.put(name, new AtomicInteger());
            start(exclusive(name, publishing, overlaps, sendsByRelay.get(name)), 50, Duration.ofMillis(100));
        }
        List<String> keys = List.of(order(), order(), order(), order(), order());
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Thread writer = new Thread(() -> {
                for (int t = 0; t < 10; t++) {
                    inTransaction(() -> IntStream.range(0, 20).forEach(i -> outbox.add(
                            SampleEvents.refundRequested(keys.get(i % keys.size()), "concurrent"))));
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> unsent() == 0);
        for (String key : keys) {
            List<String> byId = JDBC.sql("select event_id from outbox where record_key = ? order by id").param(key)
                    .query(String.class).list();
            await().atMost(Duration.ofSeconds(30)).until(() -> received.eventIds(key).size() >= byId.size());
            assertThat(received.eventIds(key)).containsExactlyElementsOf(byId); // once each, in id order
        }
        assertThat(overlaps).as("sends of one relay while the other's batch was in flight").hasValue(0);
        assertThat(sendsByRelay.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(3 * 10 * 20);
    }

    @Test
    void aTableOfAnotherShapeIsRefusedAtStart() {
        JDBC.sql("create schema if not exists drifted").update();
        JDBC.sql("drop table if exists drifted.outbox").update();
        JDBC.sql("""
                create table drifted.outbox (id bigserial primary key, topic text not null, record_key text not null,
                  event_type text not null, payload bytea not null, created_at timestamptz not null default now(),
                  sent_at timestamptz)""").update();
        DataSource drifted = new DriverManagerDataSource(URL + "?currentSchema=drifted", "postgres", "postgres");
        OutboxRelay relay = new OutboxRelay(JdbcClient.create(drifted), new DataSourceTransactionManager(drifted),
                kafka, 10, Duration.ofSeconds(1));

        assertThatThrownBy(relay::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event_id").hasMessageContaining(OutboxTable.DDL);
        assertThat(relay.isRunning()).isFalse();
    }

    // --- helpers ---

    private OutboxRelay start(KafkaOperations<String, Object> operations, int batchSize, Duration pollInterval) {
        OutboxRelay relay = new OutboxRelay(JDBC, TRANSACTIONS, operations, batchSize, pollInterval);
        relays.add(relay);
        relay.start();
        return relay;
    }

    private static void inTransaction(Runnable work) {
        new TransactionTemplate(TRANSACTIONS).executeWithoutResult(status -> work.run());
    }

    private static long unsent() {
        return JDBC.sql("select count(*) from outbox where sent_at is null").query(Long.class).single();
    }

    private static boolean sent(RefundRequested event) {
        return JDBC.sql("select sent_at is not null from outbox where event_id = ?").param(event.getEventId())
                .query(Boolean.class).optional().orElse(false);
    }

    private static String order() {
        return "NX-OUTBOX-" + UUID.randomUUID();
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a send does, given the operations it would go to. */
    interface SendStep {
        CompletableFuture<?> apply(Function<KafkaOperations<String, Object>, CompletableFuture<?>> send,
                KafkaOperations<String, Object> target);
    }

    /** KafkaOperations that hand {@code send(record)} to {@code step}, everything else to the target. */
    @SuppressWarnings("unchecked")
    private static KafkaOperations<String, Object> intercepting(
            java.util.function.Supplier<KafkaOperations<String, Object>> target, SendStep step) {
        return (KafkaOperations<String, Object>) Proxy.newProxyInstance(OutboxRelayTest.class.getClassLoader(),
                new Class<?>[] {KafkaOperations.class}, (proxy, method, args) -> {
                    KafkaOperations<String, Object> current = target.get();
                    if (method.getName().equals("send") && args != null && args.length == 1
                            && args[0] instanceof ProducerRecord<?, ?> record) {
                        return step.apply(operations -> operations.send((ProducerRecord<String, Object>) record),
                                current);
                    }
                    try {
                        return method.invoke(current, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Counts a relay's sends and notes a send while another relay's batch is between its first send and flush. */
    @SuppressWarnings("unchecked")
    private static KafkaOperations<String, Object> exclusive(String name, AtomicReference<String> publishing,
            AtomicInteger overlaps, AtomicInteger sends) {
        return (KafkaOperations<String, Object>) Proxy.newProxyInstance(OutboxRelayTest.class.getClassLoader(),
                new Class<?>[] {KafkaOperations.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        if (!publishing.compareAndSet(null, name) && !name.equals(publishing.get())) {
                            overlaps.incrementAndGet();
                        }
                        sends.incrementAndGet();
                    }
                    try {
                        return method.invoke(kafka, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("flush")) {
                            publishing.compareAndSet(name, null);
                        }
                    }
                });
    }

    /** Sizes of the batches a relay sent: sends between two flushes. */
    private static final class Recording {

        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private final AtomicInteger inBatch = new AtomicInteger();

        @SuppressWarnings("unchecked")
        KafkaOperations<String, Object> around(KafkaOperations<String, Object> target) {
            return (KafkaOperations<String, Object>) Proxy.newProxyInstance(OutboxRelayTest.class.getClassLoader(),
                    new Class<?>[] {KafkaOperations.class}, (proxy, method, args) -> {
                        if (method.getName().equals("send")) {
                            inBatch.incrementAndGet();
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        } finally {
                            if (method.getName().equals("flush")) {
                                batchSizes.add(inBatch.getAndSet(0));
                            }
                        }
                    });
        }
    }

    /** Everything on refund.requested, by record key, read_committed, read by a thread of its own. */
    private static final class Received implements AutoCloseable {

        private final Map<String, List<String>> eventIdsByKey = new ConcurrentHashMap<>();
        private final Map<String, String> traceIdByEventId = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, Object> consumer;
        private final AtomicBoolean open = new AtomicBoolean(true);
        private final Thread thread;

        Received(KafkaConsumer<String, Object> consumer) {
            this.consumer = consumer;
            consumer.subscribe(List.of(Topics.REFUND_REQUESTED));
            thread = new Thread(this::poll, "outbox-test-consumer");
            thread.setDaemon(true);
            thread.start();
        }

        private void poll() {
            try {
                while (open.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.key() != null && record.key().startsWith("NX-OUTBOX-")
                                && record.value() instanceof RefundRequested event) {
                            eventIdsByKey.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>())
                                    .add(event.getEventId());
                            String traceId = TraceParents.traceIdOf(TraceParents.of(record.headers()));
                            if (traceId != null) {
                                traceIdByEventId.put(event.getEventId(), traceId);
                            }
                        }
                    }
                }
            } catch (WakeupException closing) {
                // close() woke the poll
            } finally {
                consumer.close();
            }
        }

        List<String> eventIds(String key) {
            return List.copyOf(eventIdsByKey.getOrDefault(key, List.of()));
        }

        String traceId(String eventId) {
            return traceIdByEventId.get(eventId);
        }

        @Override
        public void close() {
            open.set(false);
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
