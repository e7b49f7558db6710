package com.necxian.refunds.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.necxian.refunds.messaging.RefundsMessagingAutoConfiguration;
import com.necxian.refunds.testsupport.Infrastructure;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** What {@code necxian.outbox.enabled} brings, and what it refuses. */
class OutboxAutoConfigurationTest {

    private static final DataSource DATA_SOURCE = dataSource();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RefundsMessagingAutoConfiguration.class,
                    KafkaAutoConfiguration.class, OutboxAutoConfiguration.class))
            .withBean(JdbcClient.class, () -> JdbcClient.create(DATA_SOURCE))
            .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(DATA_SOURCE))
            .withPropertyValues("necxian.registry.url=" + Infrastructure.shared().registry().url(),
                    "spring.kafka.bootstrap-servers=" + Infrastructure.shared().kafka().bootstrapServers());

    @Test
    void withoutTheSettingThereIsNoOutbox() {
        context.run(app -> assertThat(app).hasNotFailed().doesNotHaveBean(Outbox.class)
                .doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void enabledItStartsTheRelayOnAnIdempotentAcksAllProducerWithTheGauges() {
        context.withPropertyValues("necxian.outbox.enabled=true", "necxian.outbox.batch-size=50",
                "necxian.outbox.poll-interval=250ms", "spring.kafka.producer.acks=1").run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(Outbox.class).hasSingleBean(OutboxMetrics.class);
                    assertThat(app.getBean(OutboxRelay.class).isRunning()).isTrue();
                    assertThat(app.getBean(OutboxProperties.class)).isEqualTo(
                            new OutboxProperties(true, 50, Duration.ofMillis(250), null, null));
                    var producer = app.getBean(KafkaTemplate.class).getProducerFactory().getConfigurationProperties();
                    assertThat(producer.get(ProducerConfig.ACKS_CONFIG)).isEqualTo("all");
                    assertThat(producer.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isEqualTo(true);

                    var meters = new SimpleMeterRegistry();
                    app.getBean(OutboxMetrics.class).bindTo(meters);
                    assertThat(meters.get("outbox.unsent").gauge().value()).isNotNegative();
                    assertThat(meters.get("outbox.oldest.unsent").gauge().getId().getBaseUnit()).isEqualTo("seconds");
                });
    }

    @Test
    void aTransactionalProducerIsRefused() {
        context.withPropertyValues("necxian.outbox.enabled=true",
                "spring.kafka.producer.transaction-id-prefix=tx-").run(app -> assertThat(app).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("transaction-id-prefix"));
    }

    private static DataSource dataSource() {
        DataSource dataSource = new DriverManagerDataSource(
                Infrastructure.shared().database().jdbcUrl("outbox_autoconfiguration"), "postgres", "postgres");
        JdbcClient.create(dataSource).sql("drop table if exists outbox").update();
        new ResourceDatabasePopulator(new ClassPathResource(OutboxTable.DDL)).execute(dataSource);
        return dataSource;
    }
}
