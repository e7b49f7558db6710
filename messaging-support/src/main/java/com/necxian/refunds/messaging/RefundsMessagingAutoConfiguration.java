package com.necxian.refunds.messaging;

import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.tracing.KafkaObservation;

/**
 * The one Kafka wiring of every service: Avro values through the Apicurio serde in the Confluent wire format,
 * String keys (the order number), read_committed consumers, every topic and its dead-letter topic created, and
 * an error handler that retries a failing record ({@link RetryProperties}), then parks it on {@code <topic>.dlt}
 * and moves on. Every template and listener container is observed ({@link KafkaObservation}): records carry the
 * trace context of the refund.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({RegistryProperties.class, RetryProperties.class})
public class RefundsMessagingAutoConfiguration {

    @Bean
    static KafkaObservation kafkaObservation() {
        return new KafkaObservation();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer avroProducerSerde(RegistryProperties registry) {
        return factory -> factory.updateConfigs(AvroSerdeSettings.producer(registry));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer avroConsumerSerde(RegistryProperties registry) {
        return factory -> factory.updateConfigs(AvroSerdeSettings.consumer(registry));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaProperties kafka, RegistryProperties registry,
            RetryProperties retry) {
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.attempts());
        return new DefaultErrorHandler(DeadLetters.recoverer(kafka, registry), backOff);
    }

    @Bean
    KafkaAdmin.NewTopics refundTopics(RegistryProperties registry) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(registry.partitions()).replicas(1).build())
                .toArray(NewTopic[]::new));
    }
}
