package com.necxian.refunds.notification;

import static com.necxian.refunds.events.LineOutcome.APPROVE;
import static com.necxian.refunds.notification.Events.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * Once-only across a real restart: the application is started, mails a refund status and a policy notice, is
 * closed, and started again on the same database and consumer group, whose offsets were rewound so that Kafka
 * redelivers everything the first run consumed. The redelivered and re-published events send nothing new; a new
 * status sent after the restart is mailed once.
 *
 * <p>Runs its own application beside the module's shared test context (which also reads these topics), so it
 * counts only the messages sent with its own sender address.
 */
class RestartTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String DATABASE = "notification_restart";
    private static final String SENDER = "restart-test@necxian.example";
    private static final String RECEIVED = "We received your refund request";
    private static final String APPROVED = "is approved";
    private static final String POLICY_NOTICE = "Changes to the Necxian refund policy";

    private final String group = "notification-restart-" + UUID.randomUUID();

    @Test
    void afterARestartRedeliveredEventsSendNothingNewAndANewStatusIsSentOnce() throws Exception {
        String email = Events.uniqueEmail("restart");
        Events refund = Events.forCustomer(email, "Rui");
        int version = ThreadLocalRandom.current().nextInt(2_000_000, 3_000_000);
        RefundRequested requested = refund.requested("before the restart", 1000);
        RefundPolicyChanged change = Events.policyChanged(version, true, "Returns within 14 days.");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.shared().kafka().bootstrapServers()))) {
            // The group starts where the topics end now, so it reads only this test's events.
            Map<TopicPartition, Long> start = endOffsets(admin);
            commit(admin, start);

            try (ConfigurableApplicationContext first = startService()) {
                publish(first, requested);
                awaitMail(email, 1);
                publish(first, change);
                awaitMail(email, 2);
            }
            assertThat(subjects(email)).containsExactlyInAnyOrder(
                    "We received your refund request for order " + refund.orderNumber(), POLICY_NOTICE);

            // Topics the first run created have no recorded start: their beginning is offset 0.
            Map<TopicPartition, Long> rewound = new HashMap<>();
            endOffsets(admin).keySet().forEach(partition -> rewound.put(partition, start.getOrDefault(partition, 0L)));
            commit(admin, rewound);
            assertThat(committed(admin)).isEqualTo(rewound);

            try (ConfigurableApplicationContext second = startService()) {
                RefundApproved approved = refund.approved(1000, Resolution.REFUND, null,
                        line("1", APPROVE, 1000, "ok", "STD-1"));
                publish(second, requested, change, approved, approved);
                publishMarkersAfter(second, refund, version + 1);
                await().atMost(TIMEOUT).until(() -> pending(second) == 0);
            }
        }

        List<DeliveredMail> mails = mailFromThisTest(email);
        assertThat(mails).filteredOn(mail -> mail.subject().startsWith(RECEIVED)).hasSize(1);
        assertThat(mails).filteredOn(mail -> mail.subject().endsWith(APPROVED)).hasSize(1);
        assertThat(mails).filteredOn(mail -> mail.plain().contains("(version " + version + ")")).hasSize(1);
        assertThat(mails).filteredOn(mail -> mail.plain().contains("(version " + (version + 1) + ")")).hasSize(1);
        assertThat(mails).hasSize(4);
    }

    private ConfigurableApplicationContext startService() {
        List<String> args = new ArrayList<>();
        Infrastructure.shared().springProperties(DATABASE).forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        args.add("--spring.kafka.consumer.group-id=" + group);
        args.add("--necxian.notification.from=Restart Test <" + SENDER + ">");
        args.add("--necxian.notification.delivery.poll-interval=100ms");
        // Command-line arguments, so they take precedence over application.properties.
        return new SpringApplicationBuilder(NotificationApplication.class).profiles("local")
                .run(args.toArray(String[]::new));
    }

    /**
     * After the events under test, one event per topic used, each of which must be mailed: a refund of the same
     * order (same key, same partition) on refund.requested and on refund.approved, and the next significant policy
     * version. Once their e-mails arrived, everything published before them has been consumed.
     */
    private static void publishMarkersAfter(ConfigurableApplicationContext service, Events refund, int nextVersion) {
        Events requestedMarker = marker(refund);
        Events approvedMarker = marker(refund);
        publish(service, requestedMarker.requested("marker", 1000),
                approvedMarker.approved(1000, Resolution.REFUND, null, line("1", APPROVE, 1000, "ok", "STD-1")),
                Events.policyChanged(nextVersion, true, "marker"));
        awaitMail(requestedMarker.customer().getEmail(), 1);
        awaitMail(approvedMarker.customer().getEmail(), 1);
        await().atMost(TIMEOUT).until(() -> mailFromThisTest(refund.customer().getEmail()).stream()
                .anyMatch(mail -> mail.plain().contains("(version " + nextVersion + ")")));
    }

    private static Events marker(Events refund) {
        return new Events(UUID.randomUUID().toString(), refund.orderNumber(),
                Events.forCustomer(Events.uniqueEmail("marker"), null).customer(), "EUR");
    }

    @SuppressWarnings("unchecked")
    private static void publish(ConfigurableApplicationContext service, SpecificRecord... events) {
        KafkaTemplate<String, Object> kafka = service.getBean(KafkaTemplate.class);
        for (SpecificRecord event : events) {
            try {
                kafka.send(Topics.of(event), Topics.keyOf(event), event).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not publish " + event.getSchema().getName(), e);
            }
        }
    }

    private static int pending(ConfigurableApplicationContext service) {
        return JdbcClient.create(service.getBean(DataSource.class))
                .sql("select count(*) from notification where state = 'PENDING'").query(Integer.class).single();
    }

    private static void awaitMail(String recipient, int count) {
        await().atMost(TIMEOUT).until(() -> mailFromThisTest(recipient), mails -> mails.size() >= count);
    }

    private static List<DeliveredMail> mailFromThisTest(String recipient) {
        return DeliveredMail.to(recipient).stream().filter(mail -> mail.from().contains(SENDER)).toList();
    }

    private static List<String> subjects(String recipient) {
        return mailFromThisTest(recipient).stream().map(DeliveredMail::subject).toList();
    }

    /** The current end of every partition of the topics the service reads (those that exist yet). */
    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        var existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        var topics = Topics.ALL.stream().filter(existing::contains).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()
                .forEach(topic -> topic.partitions().forEach(partition -> latest.put(
                        new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private void commit(Admin admin, Map<TopicPartition, Long> offsets) throws Exception {
        if (offsets.isEmpty()) {
            return;
        }
        admin.alterConsumerGroupOffsets(group, offsets.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
                .all().get(10, TimeUnit.SECONDS);
    }

    private Map<TopicPartition, Long> committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
