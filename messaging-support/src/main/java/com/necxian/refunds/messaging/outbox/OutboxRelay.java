package com.necxian.refunds.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.messaging.tracing.TraceParents;

/**
 * Publishes a service's outbox: one thread that drains the unsent rows in id order, in batches, whenever a
 * transaction that added rows commits ({@link #wake}, from {@link Outbox}), and every poll interval as a safety net
 * (rows of an instance that died before waking its relay, or of a round that failed).
 *
 * <p>One batch is one database transaction: take the relay lock (a transaction-scoped advisory lock, so one relay at
 * a time across the service's instances and rows go out in the order they were written), read up to
 * {@code batchSize} unsent rows, send them all with the idempotent producer (acks=all), wait until the broker
 * acknowledged every one, then mark them sent in one statement. There is no Kafka transaction: if a send fails or the
 * database transaction does not commit after the sends, the rows stay unsent and go out again in a later round with
 * the same eventId, which consumers deduplicate. At least once, in key order, never a different id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** {@code pg_try_advisory_xact_lock(RELAY_LOCK)}: per database, so per service. */
    static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"
    /** What {@link #publishBatch} returns when another relay holds the lock. */
    public static final int LOCKED = -1;
    private static final Duration LOCK_RETRY = Duration.ofMillis(50);
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaOperations<String, Object> kafka;
    private final int batchSize;
    private final Duration pollInterval;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private volatile boolean running;
    private volatile Thread thread;
    private boolean failing;

    public OutboxRelay(JdbcClient jdbc, PlatformTransactionManager transactions, KafkaOperations<String, Object> kafka,
            int batchSize, Duration pollInterval) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("necxian.outbox.batch-size must be positive: " + batchSize);
        }
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.kafka = kafka;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    /** A transaction that added rows has committed: drain now instead of at the next poll. Cheap, never blocks. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * Publishes one batch in one database transaction; returns how many rows were sent and marked, or
     * {@link #LOCKED} when another relay is publishing. Throws when a send or the database fails: nothing is marked.
     */
    public int publishBatch() {
        Integer sent = transaction.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single()) {
                return LOCKED;
            }
            List<Row> rows = jdbc.sql("select id, topic, record_key, event_type, payload, trace_parent from outbox "
                            + "where sent_at is null order by id limit ?").param(batchSize)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBytes(5), rs.getString(6)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            jdbc.sql("update outbox set sent_at = now() where id = any(?)")
                    .param(rows.stream().map(Row::id).toArray(Long[]::new)).update();
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    /** Publishes until nothing is left (or another relay holds the lock); returns the rows sent. */
    public int drain() {
        int total = 0;
        int sent;
        do {
            sent = publishBatch();
            total += Math.max(sent, 0);
        } while (sent == batchSize);
        return sent == LOCKED && total == 0 ? LOCKED : total;
    }

    /** Sends every row, then waits for every acknowledgement; the first failure ends the batch. */
    private void send(List<Row> rows) {
        List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CompletableFuture<?> ack = send(row);
            if (ack.isCompletedExceptionally()) { // e.g. no metadata within max.block.ms: don't wait that per row
                ack.join();
            }
            acks.add(ack);
        }
        kafka.flush(); // sends what linger.ms would still hold back; returns once every record is acknowledged
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * In the trace of the use case that wrote the row: the producer's observation continues it, and the header
     * carries it even where no observation runs.
     */
    private CompletableFuture<?> send(Row row) {
        SpecificRecord event = EventPayloads.decode(row.type(), row.payload());
        var record = new ProducerRecord<String, Object>(row.topic(), row.key(), event);
        if (row.traceParent() != null) {
            record.headers().add(TraceParents.HEADER, row.traceParent().getBytes(StandardCharsets.UTF_8));
        }
        try (var trace = TraceParents.open(row.traceParent())) {
            return kafka.send(record);
        }
    }

    private void run() {
        while (running) {
            Duration next = pollInterval;
            try {
                if (drain() == LOCKED) {
                    next = LOCK_RETRY.compareTo(pollInterval) < 0 ? LOCK_RETRY : pollInterval;
                }
                if (failing) {
                    failing = false;
                    log.info("outbox relay publishes again");
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("outbox relay could not publish; the rows stay unsent and are retried every {}: {}",
                            pollInterval, e.toString());
                } else {
                    log.debug("outbox relay still cannot publish: {}", e.toString());
                }
                failing = true;
                pause(pollInterval); // not at once on the next wake-up: Kafka or the database is in trouble
                continue;
            }
            awaitWakeUp(next);
        }
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                wakeUps.drainPermits(); // every commit so far is covered by the drain that follows
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void pause(Duration duration) {
        try {
            stopped.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Checks the table's shape ({@link OutboxTable}), then starts the relay thread, which drains at once. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        OutboxTable.check(jdbc);
        running = true;
        stopped = new CountDownLatch(1);
        Thread relay = new Thread(this::run, "outbox-relay");
        relay.setDaemon(true);
        thread = relay;
        relay.start();
    }

    /**
     * Lets the batch in flight finish for a few seconds, then interrupts it: an interrupted batch is not marked sent,
     * so its rows go out again after the restart (duplicates with the same eventId, never a loss).
     */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopped.countDown();
        wakeUps.release();
        try {
            thread.join(STOP_GRACE.toMillis());
            if (thread.isAlive()) {
                log.warn("outbox relay still busy after {}; interrupting it (its batch will be sent again)",
                        STOP_GRACE);
                thread.interrupt();
                thread.join(STOP_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the listener containers (phase {@code Integer.MAX_VALUE - 100}). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    private record Row(long id, String topic, String key, String type, byte[] payload, String traceParent) {
    }
}
