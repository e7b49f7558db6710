package com.necxian.refunds.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.notification.DeliveredMail;
import com.necxian.refunds.notification.Events;
import com.necxian.refunds.notification.NotificationServiceTest;
import com.necxian.refunds.testsupport.RecordsTogether;
import com.necxian.refunds.testsupport.TopicContents;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * Poison among refund events in one poll: raw bytes and an event whose customer name has a NUL byte (PostgreSQL
 * refuses it) sit between two good events on one partition. Both good customers are mailed within seconds, the
 * poison records are on refund.processed.dlt, and nothing is mailed for the one that could not be stored.
 */
class PoisonEventsTest extends NotificationServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void theEventsAroundPoisonAreMailedWithinSecondsAndThePoisonIsDeadLettered() {
        String key = "NX-poison-" + java.util.UUID.randomUUID();
        Events ana = Events.forCustomer(Events.uniqueEmail("ana"), "Ana Ruiz");
        Events withNul = Events.forCustomer(Events.uniqueEmail("nul"), "Nul\u0000Name");
        Events luis = Events.forCustomer(Events.uniqueEmail("luis"), "Luis Gil");
        byte[] garbage = "not an event".getBytes(StandardCharsets.UTF_8);
        long sent = System.nanoTime();

        RecordsTogether.send(kafka.getProducerFactory().getConfigurationProperties(), new AvroKafkaSerializer<>(),
                Topics.REFUND_PROCESSED, key, List.of(ana.processed(1_999, Resolution.REFUND), garbage,
                        withNul.processed(2_999, Resolution.REFUND), luis.processed(3_999, Resolution.REFUND)));

        awaitMail(luis.customer().getEmail(), 1);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("the event after the poison")
                .isLessThan(Duration.ofSeconds(15));
        awaitMail(ana.customer().getEmail(), 1);
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(TIMEOUT).until(
                () -> TopicContents.withKey(bootstrapServers, Topics.deadLetter(Topics.REFUND_PROCESSED), key),
                records -> records.size() == 2);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).contains(withNul.refundId());
        assertThat(DeliveredMail.to(withNul.customer().getEmail())).isEmpty();
    }
}
