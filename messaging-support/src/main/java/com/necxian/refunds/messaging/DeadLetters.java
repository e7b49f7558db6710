package com.necxian.refunds.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import com.necxian.refunds.events.Topics;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * Sends a record that cannot be read, or keeps failing, to {@code <topic>.dlt}: undecodable records with their
 * original bytes, others as the event they were; the error headers say why. Its producer is its own and never
 * transactional, so a service's transactional producer is left as Boot made it.
 */
final class DeadLetters {

    private DeadLetters() {
    }

    static DeadLetterPublishingRecoverer recoverer(KafkaProperties kafka, RegistryProperties registry) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
        config.putAll(AvroSerdeSettings.common(registry));
        config.put("apicurio.registry.auto-register", true);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters-" + config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, ""));

        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(SpecificRecord.class, new AvroKafkaSerializer<>());
        var producerFactory = new DefaultKafkaProducerFactory<String, Object>(config, new StringSerializer(),
                new DelegatingByTypeSerializer(byType, true));

        var recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producerFactory),
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        recoverer.setFailIfSendResultIsError(true);
        return recoverer;
    }
}
