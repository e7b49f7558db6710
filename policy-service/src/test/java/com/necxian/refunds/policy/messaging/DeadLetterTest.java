package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.PolicyServiceTest;
import com.necxian.refunds.testsupport.Infrastructure;

class DeadLetterTest extends PolicyServiceTest {

    @Test
    void aPoisonRequestGoesToTheDeadLetterTopicAndTheNextRequestIsStillDecided() throws Exception {
        String order = orderNumber();
        byte[] poison = "not a RefundRequested".getBytes();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", bootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.REFUND_REQUESTED, order, poison)).get();
        }
        RefundRequested next = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 1_000, daysAgo(1)).build()).build();
        send(next);

        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED), order);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
        assertThat(observer.await(next.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(1_000);
    }

    private static String bootstrap() {
        return Infrastructure.shared().kafka().bootstrapServers();
    }

    private static ConsumerRecord<String, byte[]> readRaw(String topic, String key) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of("bootstrap.servers", bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
                return null;
            }, record -> record != null);
        }
    }
}
