package com.necxian.refunds.policy.config;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The database transaction manager, made explicitly: Boot's backs off once the Kafka transaction manager exists.
 * {@code @Transactional} means the database; Kafka transactions come from the listener container or
 * {@code KafkaTemplate.executeInTransaction}.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
