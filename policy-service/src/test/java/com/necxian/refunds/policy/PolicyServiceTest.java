package com.necxian.refunds.policy;


import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Evidence;
import com.necxian.refunds.events.EvidenceKind;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.application.DecideRequests;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.TopicContents;
import com.necxian.refunds.testsupport.RealInfrastructure;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * One Spring context for every test of the module (same annotations, same overrides), so it starts once. Tests
 * that post a policy version put the defaults back afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
public abstract class PolicyServiceTest {

    protected static final String REVIEWER = "reviewer";
    protected static final String REVIEWER_PASSWORD = "local-reviewer";
    protected static final String POLICY_OWNER = "policy-owner";
    protected static final String POLICY_OWNER_PASSWORD = "local-policy-owner";
    protected static final String STOREFRONT_KEY = "local-storefront-key";

    @Autowired
    protected MockMvc http;

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    @Autowired
    protected DecisionObserver observer;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PolicyVersions versions;

    /** The use case the listener calls, for injecting faults (reset after each test). */
    @MockitoSpyBean
    protected DecideRequests flow;

    private int versionBefore;

    @org.junit.jupiter.api.BeforeEach
    void rememberVersion() {
        versionBefore = versions.current().version();
    }

    @AfterEach
    void restoreDefaultsIfChanged() {
        if (versions.current().version() != versionBefore) {
            versions.add(current -> com.necxian.refunds.policy.domain.PolicySettings.defaults(), false, "test reset",
                    "test");
        }
    }

    protected static String orderNumber() {
        return "NX-" + UUID.randomUUID();
    }

    protected static OrderLine.Builder physicalLine(String lineId, long amountMinor, Instant deliveredAt) {
        return OrderLine.newBuilder().setLineId(lineId).setSku("SKU-" + lineId).setDescription("item " + lineId)
                .setProductType(ProductType.PHYSICAL).setMadeToOrder(MadeToOrder.NONE)
                .setSaleCondition(SaleCondition.REGULAR).setQuantity(1).setAmountPaidMinor(amountMinor)
                .setDeliveredAt(deliveredAt).setServiceStartedAt(null).setSubscriptionPeriod(null);
    }

    protected static RefundRequested.Builder request(String orderNumber, RefundReason reason, OrderLine... lines) {
        Instant now = Instant.now();
        return RefundRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(UUID.randomUUID().toString())
                .setOrderNumber(orderNumber).setOccurredAt(now).setCorrelationId("corr-" + orderNumber)
                .setCustomer(new Customer("C-42", "ana@example.com", "Ana Ruiz"))
                .setRespondBy(now.plus(Duration.ofDays(7))).setOrderedAt(now.minus(Duration.ofDays(10)))
                .setProcessedAt(now.minus(Duration.ofDays(9)))
                .setPayment(new Payment(PaymentMethod.CARD, "pay_8f2k")).setCurrency("EUR").setReason(reason)
                .setDescription("test request")
                .setEvidence(List.of(new Evidence(EvidenceKind.PHOTO, "https://cdn.example.com/1.jpg", null)))
                .setPreferredResolution(Resolution.REFUND).setLines(List.of(lines));
    }

    protected static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    /** Publishes the request as intake does (idempotent producer, acks=all) and waits for the broker's ack. */
    protected void send(RefundRequested event) {
        try {
            kafka.send(Topics.REFUND_REQUESTED, event.getOrderNumber(), event).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Publishes the values (RefundRequested events, or raw bytes for a record that cannot be read) with one key in
     * one Kafka transaction, so they become visible at once, one after the other in one partition: the listener's
     * next poll holds them all.
     */
    protected void sendTogether(String key, Object... values) {
        Map<String, Object> config = new HashMap<>(kafka.getProducerFactory().getConfigurationProperties());
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "policy-test-" + UUID.randomUUID());
        var valueSerializer = new DelegatingByTypeSerializer(Map.of(byte[].class, new ByteArraySerializer(),
                SpecificRecord.class, new AvroKafkaSerializer<>()), true);
        valueSerializer.configure(config, false);
        try (var producer = new KafkaProducer<String, Object>(config, new StringSerializer(), valueSerializer)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (Object value : values) {
                producer.send(new ProducerRecord<>(Topics.REFUND_REQUESTED, key, value));
            }
            producer.commitTransaction();
        }
    }

    /** The first record with this key on the topic, as bytes (e.g. from a dead-letter topic). */
    protected static ConsumerRecord<String, byte[]> readRaw(String topic, String key) {
        return TopicContents.firstWithKey(Infrastructure.shared().kafka().bootstrapServers(), topic, key);
    }

    /** Rows of the outbox with this record key (the order number). */
    protected long outboxRowsOf(String orderNumber, String topic) {
        return jdbc.sql("select count(*) from outbox where record_key = ? and topic = ?").params(orderNumber, topic)
                .query(Long.class).single();
    }
}
