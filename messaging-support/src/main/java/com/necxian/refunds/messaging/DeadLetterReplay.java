package com.necxian.refunds.messaging;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import com.necxian.refunds.events.Topics;

/**
 * The operator's command to replay dead-lettered records once their cause is fixed: each record of
 * {@code <topic>.dlt} (or one, by partition and offset) goes back to {@code <topic>} with its key and its value's
 * bytes as they were (the original bytes of an undecodable record, the Avro record otherwise), without the error
 * headers. Replaying twice is harmless: every listener handles an event once by its eventId. Run from any service's
 * jar (docs/operations.md):
 *
 * <pre>java -cp payment-service-exec.jar -Dloader.main=com.necxian.refunds.messaging.DeadLetterReplay \
 *   org.springframework.boot.loader.launch.PropertiesLauncher --bootstrap-servers=HOST:9092 --topic=refund.approved \
 *   [--partition=2 --offset=17] [--command-config=client.properties]</pre>
 */
public final class DeadLetterReplay {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private DeadLetterReplay() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] option = arg.replaceFirst("^--", "").split("=", 2);
            options.put(option[0], option.length == 2 ? option[1] : "");
        }
        if (!options.containsKey("bootstrap-servers") || !options.containsKey("topic")) {
            System.err.println("usage: --bootstrap-servers=HOST:PORT --topic=TOPIC [--partition=N --offset=M] "
                    + "[--command-config=FILE]");
            System.exit(2);
        }
        Map<String, Object> client = new HashMap<>();
        if (options.containsKey("command-config")) {
            Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(options.get("command-config")),
                    StandardCharsets.UTF_8)) {
                file.load(reader);
            }
            file.forEach((key, value) -> client.put(key.toString(), value));
        }
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, options.get("bootstrap-servers"));
        Integer partition = options.containsKey("partition") ? Integer.valueOf(options.get("partition")) : null;
        Long offset = options.containsKey("offset") ? Long.valueOf(options.get("offset")) : null;
        List<String> replayed = replay(client, options.get("topic"), partition, offset);
        replayed.forEach(System.out::println);
        System.out.println(replayed.size() + " record(s) replayed to " + options.get("topic"));
    }

    /**
     * Replays the dead letters of {@code topic} (the original topic's name) to it: all of them, or the one at
     * {@code partition}/{@code offset} of {@code <topic>.dlt}. Returns where each came from, as
     * {@code topic.dlt-partition@offset}.
     */
    public static List<String> replay(Map<String, Object> client, String topic, Integer partition, Long offset) {
        String deadLetters = Topics.deadLetter(topic);
        List<String> replayed = new ArrayList<>();
        try (var consumer = new KafkaConsumer<byte[], byte[]>(consumerConfig(client), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             var producer = new KafkaProducer<byte[], byte[]>(producerConfig(client), new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            for (ConsumerRecord<byte[], byte[]> dead : read(consumer, deadLetters, partition, offset)) {
                producer.send(new ProducerRecord<>(topic, dead.key(), dead.value()));
                replayed.add(deadLetters + "-" + dead.partition() + "@" + dead.offset());
            }
            producer.flush();
        }
        return replayed;
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer, String topic,
            Integer partition, Long offset) {
        List<TopicPartition> partitions = partition != null ? List.of(new TopicPartition(topic, partition))
                : consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        if (offset != null) {
            TopicPartition only = partitions.get(0);
            consumer.seek(only, offset);
            end = Map.of(only, Math.min(offset + 1, end.get(only)));
        } else {
            consumer.seekToBeginning(partitions);
        }
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        Map<TopicPartition, Long> until = end;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < until.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static Map<String, Object> consumerConfig(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private static Map<String, Object> producerConfig(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
