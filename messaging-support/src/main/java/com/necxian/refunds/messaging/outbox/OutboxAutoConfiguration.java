package com.necxian.refunds.messaging.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * A service publishes through the outbox by setting {@code necxian.outbox.enabled=true} (policy and payment), with a
 * Flyway migration that creates its {@code outbox} table in the shared shape ({@link OutboxTable}). It gets the
 * {@link Outbox} its use cases write to, the {@link OutboxRelay} (started with the context, checks the table first),
 * and the gauges. The relay sends with the service's KafkaTemplate, made idempotent with acks=all here; a
 * transactional producer ({@code spring.kafka.producer.transaction-id-prefix}) is refused.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnProperty(name = "necxian.outbox.enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer outboxProducerAcknowledgements() {
        return factory -> factory.updateConfigs(java.util.Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, ObjectProvider<PlatformTransactionManager> transactions,
            KafkaTemplate<String, Object> kafka, OutboxProperties properties) {
        if (kafka.isTransactional()) {
            throw new IllegalStateException("The outbox relay publishes with the idempotent producer, without Kafka "
                    + "transactions: remove spring.kafka.producer.transaction-id-prefix");
        }
        return new OutboxRelay(jdbc, transactions.getObject(), kafka, properties.batchSize(),
                properties.pollInterval());
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, OutboxRelay relay) {
        return new Outbox(jdbc, relay::wake);
    }

    /** Conditional on its own too: a component scan of a parent package finds it without the outer class. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    @ConditionalOnProperty(name = "necxian.outbox.enabled", havingValue = "true")
    static class Metrics {

        @Bean
        OutboxMetrics outboxMetrics(Outbox outbox) {
            return new OutboxMetrics(outbox);
        }
    }
}
