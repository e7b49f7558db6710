package com.necxian.refunds.messaging.outbox;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A service with an outbox opts in by setting {@code necxian.outbox.retention} (policy and payment: 7d). */
@AutoConfiguration
@ConditionalOnProperty("necxian.outbox.retention")
public class OutboxRetentionAutoConfiguration {

    @Bean
    OutboxRetention outboxRetention(JdbcClient jdbc, @Value("${necxian.outbox.retention}") Duration retention) {
        return new OutboxRetention(jdbc, retention);
    }
}
