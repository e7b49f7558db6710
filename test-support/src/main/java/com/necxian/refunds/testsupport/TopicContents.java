package com.necxian.refunds.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Everything a topic holds right now (committed records only), raw: to count what a service really wrote. */
public final class TopicContents {

    private TopicContents() {
    }

    public static List<ConsumerRecord<String, byte[]>> withKey(String bootstrapServers, String topic, String key) {
        return all(bootstrapServers, topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The first record with this key, waiting up to 30 s for it to be written (e.g. by a dead-letter publisher). */
    public static ConsumerRecord<String, byte[]> firstWithKey(String bootstrapServers, String topic, String key) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> withKey(bootstrapServers, topic, key), records -> !records.isEmpty()).get(0);
    }

    public static List<ConsumerRecord<String, byte[]>> all(String bootstrapServers, String topic) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "topic-contents-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
