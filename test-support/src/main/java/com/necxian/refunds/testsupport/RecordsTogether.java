package com.necxian.refunds.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records with one key in one Kafka transaction, so a listener gets them in one poll: poison (raw bytes, or
 * an event the service cannot store) among good events. {@code byte[]} values go as they are, anything else through
 * {@code events} (the service's Avro serializer).
 */
public final class RecordsTogether {

    private RecordsTogether() {
    }

    @SuppressWarnings("unchecked")
    public static void send(Map<String, Object> producerConfig, Serializer<?> events, String topic, String key,
            List<?> values) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "records-together-" + UUID.randomUUID());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        Serializer<Object> eventSerializer = (Serializer<Object>) events;
        eventSerializer.configure(config, false);
        Serializer<Object> valueSerializer = (t, value) -> value instanceof byte[] bytes ? bytes
                : eventSerializer.serialize(t, value);
        try (var producer = new KafkaProducer<String, Object>(config, new StringSerializer(), valueSerializer)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (Object value : values) {
                producer.send(new ProducerRecord<>(topic, key, value));
            }
            producer.commitTransaction();
        }
    }
}
