package com.necxian.refunds.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.tracing.KafkaObservation;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one Kafka wiring of every service: Avro values through the Apicurio serde in the Confluent wire format,
 * String keys (the order number), read_committed consumers, every topic and its dead-letter topic created, an
 * error handler that retries a failing record a few times within seconds ({@link BoundedRetry}, counted in the
 * database so restarts do not start over), then parks it on {@code <topic>.dlt} and moves on, and group membership
 * that hands a killed instance's partitions on in seconds ({@link MembershipProperties}). Every template and
 * listener container is observed ({@link KafkaObservation}): records carry the trace context of the refund. Each
 * consumer group's lag per partition is a metric ({@link ConsumerLag}).
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({RegistryProperties.class, RetryProperties.class, MembershipProperties.class,
        ConsumerLagProperties.class})
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
    DefaultKafkaConsumerFactoryCustomizer groupMembership(MembershipProperties membership) {
        return factory -> {
            Map<String, Object> config = new HashMap<>();
            if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)) {
                long timeout = membership.sessionTimeout().toMillis();
                config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) timeout);
                config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) (timeout / 3));
            }
            if (membership.instanceId() != null) {
                config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, membership.instanceId());
            }
            factory.updateConfigs(config);
        };
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaProperties kafka, RegistryProperties registry,
            RetryProperties retry, ObjectProvider<DataSource> dataSource, ObjectProvider<MeterRegistry> meters) {
        DataSource database = dataSource.getIfAvailable();
        DeliveryAttempts attempts = database == null ? null : new DeliveryAttempts(database);
        // BoundedRetry chooses each failing record's back-off; this one only says that there are retries at all
        var handler = new DefaultErrorHandler(DeadLetters.recoverer(kafka, registry),
                new FixedBackOff(retry.initialInterval().toMillis(), retry.attempts()));
        handler.setBackOffFunction(new BoundedRetry(retry, attempts));
        handler.setRetryListeners(new DeadLetterCounts(meters.getIfAvailable(), attempts));
        // each failure is a WARN of BoundedRetry (where, and the cause's class); the container's ERROR with the stack
        // trace and the cause's message (which may quote personal data) is left for debugging
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics refundTopics(RegistryProperties registry) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(registry.partitions()).replicas(1).build())
                .toArray(NewTopic[]::new));
    }

    /** necxian_consumer_lag of the service's listener containers, where Micrometer is there to publish it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class ConsumerLagMetrics {

        @Bean
        ConsumerLag consumerLag(KafkaAdmin admin, ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                ObjectProvider<MeterRegistry> meters, ConsumerLagProperties properties) {
            return new ConsumerLag(admin, listeners, meters, properties.interval());
        }
    }

    /** The delivery_attempt table is the same in every service, so it comes from here, not from each history. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FlywayConfigurationCustomizer.class)
    static class DeliveryAttemptsMigration {

        static final String LOCATION = "classpath:db/delivery-attempts";

        @Bean
        FlywayConfigurationCustomizer deliveryAttemptTable() {
            return configuration -> configuration.locations(Stream.concat(
                    Stream.of(configuration.getLocations()), Stream.of(new Location(LOCATION)))
                    .toArray(Location[]::new));
        }
    }
}
