package com.necxian.refunds.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.TopicContents;
import com.necxian.refunds.testsupport.RealInfrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootTest(properties = "spring.application.name=messaging-test")
@RealInfrastructure
class WireFormatAndDeadLetterTest {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MessagingTestApplication.RecordingListener listener;

    final Infrastructure infrastructure = Infrastructure.shared();

    @Test
    void recordsUseTheConfluentWireFormatAndTheRegistryResolvesTheirSchemaId() throws Exception {
        String orderNumber = "NX-WIRE-" + UUID.randomUUID();
        RefundRequested event = SampleEvents.refundRequested(orderNumber, "wire format");

        kafka.send(Topics.of(event), Topics.keyOf(event), event).get();

        ConsumerRecord<String, byte[]> raw = readRaw(Topics.REFUND_REQUESTED, orderNumber);
        ByteBuffer bytes = ByteBuffer.wrap(raw.value());
        assertThat(bytes.get()).as("magic byte").isEqualTo((byte) 0);
        int schemaId = bytes.getInt();
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                infrastructure.registry().url() + "/apis/ccompat/v7/schemas/ids/" + schemaId)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String schemaJson = new ObjectMapper().readTree(body).get("schema").asText();
        assertThat(new Schema.Parser().parse(schemaJson)).isEqualTo(RefundRequested.getClassSchema());
    }

    @Test
    void anUndecodableRecordGoesToTheDeadLetterTopicWithItsBytesAndTheConsumerKeepsGoing() throws Exception {
        String orderNumber = "NX-POISON-" + UUID.randomUUID();
        byte[] poison = "not avro at all".getBytes();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                "bootstrap.servers", infrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.REFUND_REQUESTED, orderNumber, poison)).get();
        }
        RefundRequested next = SampleEvents.refundRequested(orderNumber, "after the poison");
        kafka.send(Topics.of(next), Topics.keyOf(next), next).get();

        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED), orderNumber);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value())
                .isEqualTo(Topics.REFUND_REQUESTED.getBytes());
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.received.stream()
                .anyMatch(e -> e.getRefundId().equals(next.getRefundId())));
    }

    @Test
    void aRecordThatKeepsFailingIsRetriedThenDeadLettered() throws Exception {
        String orderNumber = "NX-FAIL-" + UUID.randomUUID();
        RefundRequested failing = SampleEvents.refundRequested(orderNumber, "fail");

        kafka.send(Topics.of(failing), Topics.keyOf(failing), failing).get();

        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED), orderNumber);
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotNull();
        assertThat(listener.received).noneMatch(e -> e.getRefundId().equals(failing.getRefundId()));
    }

    private ConsumerRecord<String, byte[]> readRaw(String topic, String key) {
        return TopicContents.firstWithKey(infrastructure.kafka().bootstrapServers(), topic, key);
    }
}
