package com.necxian.refunds.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.intake.store.RefundViews;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.RecordsTogether;
import com.necxian.refunds.testsupport.TopicContents;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Poison among good events in one poll of the status view: raw bytes and an approval PostgreSQL cannot store (a NUL
 * byte in its order number) sit between two good approvals on one partition. Both good ones are applied within
 * seconds, each poison record is on refund.approved.dlt, counted, and its retry count is gone.
 */
@SpringBootTest
@RealInfrastructure
class PoisonRecordsTest {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    RefundViews views;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    final String key = "NX-" + UUID.randomUUID();

    @Test
    void theEventsAroundPoisonAreAppliedWithinSecondsAndThePoisonIsDeadLettered() {
        double deadBefore = deadLetters();
        RefundApproved before = approved(key);
        byte[] garbage = "\u0001not avro at all".getBytes(StandardCharsets.UTF_8);
        RefundApproved withNul = approved("NX-\u0000" + UUID.randomUUID());
        RefundApproved after = approved(key);

        RecordsTogether.send(kafka.getProducerFactory().getConfigurationProperties(), new AvroKafkaSerializer<>(),
                Topics.REFUND_APPROVED, key, List.of(before, garbage, withNul, after));

        await().atMost(Duration.ofSeconds(15)).until(() -> views.find(after.getRefundId()).isPresent());
        assertThat(views.find(before.getRefundId()).orElseThrow().status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(views.find(withNul.getRefundId())).isEmpty();

        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(15)).until(
                () -> TopicContents.withKey(bootstrapServers, Topics.deadLetter(Topics.REFUND_APPROVED), key),
                records -> records.size() == 2);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).contains(withNul.getRefundId());
        assertThat(new String(dead.get(1).headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
                StandardCharsets.UTF_8)).contains("0x00");
        assertThat(deadLetters() - deadBefore).isEqualTo(2);
        long offset = ByteBuffer.wrap(dead.get(1).headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                .getLong();
        assertThat(jdbc.sql("select count(*) from delivery_attempt where topic = ? and record_offset = ?")
                .params(Topics.REFUND_APPROVED, offset).query(Long.class).single())
                .as("the retry count of a dead-lettered record is deleted").isZero();
    }

    private double deadLetters() {
        return meters.get("necxian.dead.letters").tag("topic", Topics.REFUND_APPROVED).counter().count();
    }

    static RefundApproved approved(String orderNumber) {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        return RefundApproved.newBuilder().setEventId(UUID.randomUUID().toString())
                .setRefundId(UUID.randomUUID().toString()).setOrderNumber(orderNumber).setOccurredAt(at)
                .setCorrelationId("c").setCustomer(new Customer("C-1", "ana@example.com", null)).setPolicyVersion(1)
                .setAmountMinor(1999).setCurrency("EUR").setOrderPaidMinor(1999).setResolution(Resolution.REFUND)
                .setPayment(new Payment(PaymentMethod.CARD, "pay_1")).setProcessBy(at.plus(Duration.ofDays(7)))
                .setLines(List.of(new LineDecision("1", LineOutcome.APPROVE, 1999L, List.of("STD-1"), "ok")))
                .setClauses(List.of("STD-1")).setDecidedBy("policy").setNote(null).build();
    }
}
