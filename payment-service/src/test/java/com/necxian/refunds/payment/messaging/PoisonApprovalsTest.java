package com.necxian.refunds.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.support.KafkaHeaders;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.payment.PaymentServiceTest;
import com.necxian.refunds.testsupport.RecordsTogether;
import com.necxian.refunds.testsupport.TopicContents;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * Poison among approvals in one poll: raw bytes, a customer name with a NUL byte (PostgreSQL refuses it) and a
 * currency the ledger's check constraint refuses sit between two good approvals of one order. The good ones are
 * paid within seconds, each poison record is retried a few times with a WARN naming where it is (not what it says),
 * and is then on refund.approved.dlt.
 */
class PoisonApprovalsTest extends PaymentServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Logger retryLog = (Logger) LoggerFactory.getLogger("com.necxian.refunds.messaging.BoundedRetry");

    @BeforeEach
    void captureWarnings() {
        warnings.start();
        retryLog.addAppender(warnings);
    }

    @AfterEach
    void releaseWarnings() {
        retryLog.detachAppender(warnings);
    }

    @Test
    void theApprovalsAroundPoisonArePaidWithinSecondsAndThePoisonIsDeadLettered() {
        String order = order();
        RefundApproved before = approval(order, Resolution.REFUND, 1_000, 9_000, reference("")).build();
        byte[] garbage = "\u0000\u0001garbage".getBytes(StandardCharsets.UTF_8);
        RefundApproved nulInName = approval(order, Resolution.REFUND, 2_000, 9_000, reference(""))
                .setCustomer(new Customer("C-nul", "nul@example.com", "Ana\u0000Ruiz")).build();
        RefundApproved badCurrency = approval(order, Resolution.REFUND, 3_000, 9_000, reference(""))
                .setCurrency("eur").build();
        RefundApproved after = approval(order, Resolution.REFUND, 4_000, 9_000, reference("")).build();
        long sent = System.nanoTime();

        RecordsTogether.send(kafka.getProducerFactory().getConfigurationProperties(), new AvroKafkaSerializer<>(),
                Topics.REFUND_APPROVED, order, List.of(before, garbage, nulInName, badCurrency, after));

        assertThat(outcomeOf(after.getRefundId())).isInstanceOf(RefundProcessed.class);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("the approval after three poison records")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(outcomeOf(before.getRefundId())).isInstanceOf(RefundProcessed.class);
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(PATIENCE).until(
                () -> TopicContents.withKey(bootstrapServers, Topics.deadLetter(Topics.REFUND_APPROVED), order),
                records -> records.size() == 3);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).contains(nulInName.getRefundId());
        assertThat(new String(dead.get(2).value(), StandardCharsets.UTF_8)).contains(badCurrency.getRefundId());
        assertThat(jdbc.sql("select count(*) from refund_payment where refund_id in (?, ?)")
                .params(nulInName.getRefundId(), badCurrency.getRefundId()).query(Long.class).single()).isZero();

        List<String> warned = warnings.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        String nulAt = Topics.REFUND_APPROVED + "-" + ByteBuffer.wrap(dead.get(1).headers()
                .lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt() + "@";
        assertThat(warned).as("every failure of the two records the database refused")
                .filteredOn(w -> w.startsWith(nulAt)).hasSize(2 * 4)
                .anySatisfy(w -> assertThat(w).contains("PSQLException 22021").contains("try 1 of 4"))
                .anySatisfy(w -> assertThat(w).contains("PSQLException 23514").contains("dead-lettering it"));
        assertThat(warned).noneMatch(w -> w.contains("Ana") || w.contains("nul@example.com"));
    }
}
