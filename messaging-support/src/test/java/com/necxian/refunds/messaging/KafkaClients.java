package com.necxian.refunds.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.necxian.refunds.testsupport.Infrastructure;

/** Producers and consumers with the services' Avro serde, outside a Spring context (for the outbox tests). */
public final class KafkaClients {

    private KafkaClients() {
    }

    private static RegistryProperties registry() {
        return new RegistryProperties(Infrastructure.shared().registry().url(), true, 3);
    }

    /** An idempotent, acks=all producer as the services configure it; {@code bootstrap} may be a dead address. */
    public static KafkaTemplate<String, Object> template(String bootstrap, Duration maxBlock) {
        Map<String, Object> config = AvroSerdeSettings.producer(registry());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-test-" + UUID.randomUUID());
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    public static KafkaTemplate<String, Object> template() {
        return template(Infrastructure.shared().kafka().bootstrapServers(), Duration.ofSeconds(5));
    }

    /** A read_committed consumer of Avro events from the beginning of its topics, in a group of its own. */
    public static KafkaConsumer<String, Object> consumer() {
        Map<String, Object> config = new HashMap<>(AvroSerdeSettings.consumer(registry()));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config);
    }
}
