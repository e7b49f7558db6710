package com.necxian.refunds.messaging;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * Apicurio serde in the Confluent wire format: magic byte 0, 4-byte content id, Avro binary. Public for the
 * contract tests, which write events exactly as the services do for consumers outside Java to read.
 */
public final class AvroSerdeSettings {

    private AvroSerdeSettings() {
    }

    static Map<String, Object> common(RegistryProperties registry) {
        Map<String, Object> config = new HashMap<>();
        config.put("apicurio.registry.url", registry.apiUrl());
        config.put("apicurio.registry.as-confluent", true);
        config.put("apicurio.registry.use-id", "contentId");
        config.put("apicurio.registry.headers.enabled", false);
        return config;
    }

    public static Map<String, Object> producer(RegistryProperties registry) {
        Map<String, Object> config = common(registry);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class);
        config.put("apicurio.registry.auto-register", registry.autoRegister());
        config.put("apicurio.registry.find-latest", !registry.autoRegister());
        config.put("apicurio.registry.schema-resolver", IdentityCachedSchemaResolver.class.getName());
        return config;
    }

    static Map<String, Object> consumer(RegistryProperties registry) {
        Map<String, Object> config = common(registry);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroKafkaDeserializer.class);
        config.put("apicurio.registry.use-specific-avro-reader", true);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
