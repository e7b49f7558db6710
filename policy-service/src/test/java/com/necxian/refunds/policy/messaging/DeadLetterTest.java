package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers",
                Infrastructure.shared().kafka().bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
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
}
