package com.necxian.refunds.messaging.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A service with an outbox opts in by setting {@code necxian.outbox.retention} (policy and payment: 7d). */
@AutoConfiguration
@ConditionalOnProperty("necxian.outbox.retention")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxRetentionAutoConfiguration {

    @Bean
    OutboxRetention outboxRetention(JdbcClient jdbc, OutboxProperties outbox) {
        return new OutboxRetention(jdbc, outbox.retention());
    }
}
