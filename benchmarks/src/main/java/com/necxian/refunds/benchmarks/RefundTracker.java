package com.necxian.refunds.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.MailServer;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import jakarta.mail.MessagingException;

/**
 * Follows every refund the load sends to its end, by order number: the refund events read from Kafka by a
 * consumer group of its own (decoded with the Apicurio serde in the Confluent wire format, as the services read
 * them; each stage's time is the event's own {@code occurredAt}), and the e-mails taken from the SMTP server
 * (GreenMail) with the time it received each one.
 */
final class RefundTracker implements AutoCloseable {

    enum Decision { APPROVED, DENIED, REVIEW_REQUIRED }

    enum Outcome { PROCESSED, FAILED }

    /** One refund request of the load. Times are epoch milliseconds, -1 until known. */
    static final class Refund {
        final String orderNumber;
        final int step;
        volatile boolean accepted;
        volatile long receivedAt = -1;
        volatile long decidedAt = -1;
        volatile long outcomeAt = -1;
        volatile Decision decision;
        volatile Outcome outcome;
        volatile long receivedMail = -1;
        volatile long decisionMail = -1;
        volatile long outcomeMail = -1;
        volatile boolean receivedMailSuperseded;
        volatile int mails;

        Refund(String orderNumber, int step) {
            this.orderNumber = orderNumber;
            this.step = step;
        }

        /** Processed, and every e-mail the customer gets for it delivered (received, approved, processed). */
        boolean processedAndMailed() {
            return outcome == Outcome.PROCESSED && decisionMail >= 0 && outcomeMail >= 0
                    && (receivedMail >= 0 || receivedMailSuperseded);
        }

        /** At an end (processed, failed or denied) with its e-mails delivered; a review waits for a person. */
        boolean finished() {
            boolean received = receivedMail >= 0 || receivedMailSuperseded;
            if (decision == Decision.DENIED) {
                return received && decisionMail >= 0;
            }
            return outcome != null && received && decisionMail >= 0 && outcomeMail >= 0;
        }

        /** When the last of it happened: its outcome event or its last e-mail. */
        long finishedAt() {
            return Math.max(Math.max(outcomeAt, decidedAt), lastMail());
        }

        long lastMail() {
            return Math.max(receivedMail, Math.max(decisionMail, outcomeMail));
        }

        /** How far an unfinished refund got, for the report. */
        String stage() {
            if (!accepted) {
                return "not accepted";
            }
            if (receivedAt < 0) {
                return "RefundRequested not seen";
            }
            if (decision == null) {
                return "not decided";
            }
            if (decision == Decision.REVIEW_REQUIRED) {
                return "in review";
            }
            if (decision == Decision.APPROVED && outcome == null) {
                return "approved, not processed";
            }
            return "e-mails missing";
        }
    }

    private static final Pattern ORDER = Pattern.compile("order (\\S+)");

    private final Map<String, Refund> byOrder = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong foreignEvents = new AtomicLong();
    private final AtomicLong mailsTaken = new AtomicLong();
    private final AtomicLong duplicateMails = new AtomicLong();
    private final Thread eventThread;
    private final Thread mailThread;
    private final String notificationJdbcUrl;
    private final String orderPrefix;
    private volatile boolean running = true;
    private Connection notificationDb;

    RefundTracker(String bootstrapServers, String registryUrl, MailServer mail, String notificationJdbcUrl,
            String orderPrefix) {
        this.notificationJdbcUrl = notificationJdbcUrl;
        this.orderPrefix = orderPrefix;
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers),
                new StringDeserializer(), valueDeserializer(registryUrl));
        consumer.subscribe(Topics.REFUND_TOPICS);
        eventThread = new Thread(() -> follow(consumer), "refund-events");
        eventThread.setDaemon(true);
        eventThread.start();
        mailThread = new Thread(() -> followMail(mail), "refund-mail");
        mailThread.setDaemon(true);
        mailThread.start();
    }

    private static Map<String, Object> consumerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-load-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return config;
    }

    /** messaging-support's consumer settings (AvroSerdeSettings): Confluent wire format, generated classes. */
    private static Deserializer<Object> valueDeserializer(String registryUrl) {
        Map<String, Object> config = new HashMap<>();
        config.put("apicurio.registry.url", registryUrl.replaceAll("/+$", "") + "/apis/registry/v2");
        config.put("apicurio.registry.as-confluent", true);
        config.put("apicurio.registry.use-id", "contentId");
        config.put("apicurio.registry.headers.enabled", false);
        config.put("apicurio.registry.use-specific-avro-reader", true);
        AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(config, false);
        return deserializer;
    }

    Refund register(String orderNumber, int step) {
        Refund refund = new Refund(orderNumber, step);
        byOrder.put(orderNumber, refund);
        return refund;
    }

    List<Refund> ofStep(int step) {
        return byOrder.values().stream().filter(r -> r.step == step).toList();
    }

    /** Accepted refunds of earlier steps (warm-up included) that have not finished yet. */
    long unfinishedBefore(int step) {
        return byOrder.values().stream().filter(r -> r.step < step && r.accepted && !r.finished()).count();
    }

    /**
     * What the whole pipeline did between two instants (epoch ms), whatever step the refunds came from: requests
     * published, decisions, payments (processed or failed), e-mails delivered.
     */
    long[] doneBetween(long from, long to) {
        long[] done = new long[4];
        for (Refund r : byOrder.values()) {
            done[0] += within(r.receivedAt, from, to);
            done[1] += within(r.decidedAt, from, to);
            done[2] += within(r.outcomeAt, from, to);
            done[3] += within(r.receivedMail, from, to) + within(r.decisionMail, from, to)
                    + within(r.outcomeMail, from, to);
        }
        return done;
    }

    private static int within(long at, long from, long to) {
        return at >= from && at <= to ? 1 : 0;
    }

    long events() {
        return events.get();
    }

    long mails() {
        return mailsTaken.get();
    }

    long duplicateMails() {
        return duplicateMails.get();
    }

    long foreignEvents() {
        return foreignEvents.get();
    }

    private void follow(KafkaConsumer<String, Object> consumer) {
        try (consumer) {
            while (running) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(100))) {
                    events.incrementAndGet();
                    apply(record.value());
                }
            }
        } catch (RuntimeException e) {
            if (running) {
                System.err.println("event follower stopped: " + e);
            }
        }
    }

    private void apply(Object event) {
        if (event instanceof RefundRequested e) {
            refund(e.getOrderNumber()).ifPresent(r -> r.receivedAt = millis(e.getOccurredAt()));
        } else if (event instanceof RefundApproved e) {
            decided(e.getOrderNumber(), Decision.APPROVED, e.getOccurredAt());
        } else if (event instanceof RefundDenied e) {
            decided(e.getOrderNumber(), Decision.DENIED, e.getOccurredAt());
        } else if (event instanceof RefundReviewRequired e) {
            decided(e.getOrderNumber(), Decision.REVIEW_REQUIRED, e.getOccurredAt());
        } else if (event instanceof RefundProcessed e) {
            ended(e.getOrderNumber(), Outcome.PROCESSED, e.getOccurredAt());
        } else if (event instanceof RefundFailed e) {
            ended(e.getOrderNumber(), Outcome.FAILED, e.getOccurredAt());
        }
    }

    private void decided(String orderNumber, Decision decision, Instant at) {
        refund(orderNumber).ifPresent(r -> {
            r.decidedAt = millis(at);
            r.decision = decision;
        });
    }

    private void ended(String orderNumber, Outcome outcome, Instant at) {
        refund(orderNumber).ifPresent(r -> {
            r.outcomeAt = millis(at);
            r.outcome = outcome;
        });
    }

    private java.util.Optional<Refund> refund(String orderNumber) {
        Refund refund = byOrder.get(orderNumber);
        if (refund == null) {
            foreignEvents.incrementAndGet();
        }
        return java.util.Optional.ofNullable(refund);
    }

    private static long millis(Instant at) {
        return at == null ? -1 : at.toEpochMilli();
    }

    private void followMail(MailServer mail) {
        while (running) {
            try {
                List<MailServer.Delivery> taken = mail.takeReceived();
                for (MailServer.Delivery delivery : taken) {
                    mailsTaken.incrementAndGet();
                    apply(delivery);
                }
                if (taken.isEmpty()) {
                    Thread.sleep(100); // polling period of the mailbox, not synchronisation
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | MessagingException e) {
                if (running) {
                    System.err.println("mail follower: " + e);
                }
            }
        }
    }

    /**
     * The subjects notification-service writes (EventDrafts): "We received your refund request for order X",
     * "... for order X is approved / was not approved / is being reviewed", "Your refund for order X has been
     * processed", "We could not complete your refund for order X yet".
     */
    private void apply(MailServer.Delivery delivery) throws MessagingException {
        String subject = delivery.message().getSubject();
        Matcher order = ORDER.matcher(subject == null ? "" : subject);
        if (!order.find()) {
            return;
        }
        Refund r = byOrder.get(order.group(1));
        if (r == null) {
            return;
        }
        long at = delivery.receivedAt().toEpochMilli();
        r.mails++;
        if (subject.startsWith("We received")) {
            r.receivedMail = first(r.receivedMail, at);
        } else if (subject.endsWith("has been processed") || subject.startsWith("We could not complete")) {
            r.outcomeMail = first(r.outcomeMail, at);
        } else {
            r.decisionMail = first(r.decisionMail, at);
        }
    }

    private long first(long known, long at) {
        if (known >= 0) {
            duplicateMails.incrementAndGet();
            return known;
        }
        return at;
    }

    /**
     * notification-service does not send a "received" e-mail that a later status overtook (MailTemplate: it is
     * recorded SUPERSEDED): such refunds are complete without it. Read from its database.
     */
    synchronized void refreshSuperseded(String stepPrefix) {
        try {
            if (notificationDb == null || !notificationDb.isValid(2)) {
                notificationDb = DriverManager.getConnection(notificationJdbcUrl, "postgres", "postgres");
            }
            try (PreparedStatement query = notificationDb.prepareStatement("select order_number from notification "
                    + "where template = 'RECEIVED' and state = 'SUPERSEDED' and order_number like ?")) {
                query.setString(1, (stepPrefix == null ? orderPrefix : stepPrefix) + "%");
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Refund r = byOrder.get(rs.getString(1));
                        if (r != null) {
                            r.receivedMailSuperseded = true;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            System.err.println("could not read superseded e-mails: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        mailThread.interrupt();
        synchronized (this) {
            try {
                if (notificationDb != null) {
                    notificationDb.close();
                }
            } catch (SQLException ignored) {
                // the database goes away with the run
            }
        }
        try {
            eventThread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
