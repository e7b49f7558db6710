package com.necxian.refunds.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;

import com.necxian.refunds.testsupport.Infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * ConsumerLag against the real broker, with a group that has no running consumer: a partition the group never
 * committed counts from its earliest offset, a committed one from the commit, an empty one is 0; a broker that
 * cannot be reached is a failed refresh, not an exception out of the scheduler.
 */
class ConsumerLagOffsetsTest {

    final String bootstrap = Infrastructure.shared().kafka().bootstrapServers();
    final String topic = "lag-test-" + UUID.randomUUID();
    final String group = "lag-test-" + UUID.randomUUID();
    final MeterRegistry meters = new SimpleMeterRegistry();
    ConsumerLag lag;

    @AfterEach
    void stop() {
        lag.stop();
    }

    @Test
    void lagIsTheEndOffsetMinusTheCommittedOneOrTheEarliestWhenNothingIsCommitted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            send(3);
            lag = start(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
            await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(0) == 3 && lagOf(1) == 0);

            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(1)))
                    .all().get();
            await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(0) == 2);
        }
    }

    @Test
    void anUnreachableBrokerIsAFailedRefreshNotAnException() {
        lag = start(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 500));

        assertThatCode(lag::refresh).doesNotThrowAnyException();
        assertThat(meters.find(ConsumerLag.NAME).gauges()).isEmpty();
    }

    private ConsumerLag start(Map<String, Object> adminConfig) {
        var container = new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<String, String>(
                Map.of("bootstrap.servers", bootstrap)), properties());
        var listeners = new KafkaListenerEndpointRegistry() {
            @Override
            public Collection<MessageListenerContainer> getListenerContainers() {
                return List.of(container);
            }
        };
        var beans = new StaticListableBeanFactory(Map.of("listeners", listeners, "meters", meters));
        ConsumerLag started = new ConsumerLag(new KafkaAdmin(adminConfig),
                beans.getBeanProvider(KafkaListenerEndpointRegistry.class), beans.getBeanProvider(MeterRegistry.class),
                Duration.ofMillis(200));
        started.start();
        return started;
    }

    private ContainerProperties properties() {
        var properties = new ContainerProperties(topic);
        properties.setGroupId(group);
        return properties;
    }

    private void send(int records) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "k", "v" + i)).get();
            }
        }
    }

    private double lagOf(int partition) {
        Gauge gauge = meters.find(ConsumerLag.NAME)
                .tags("group", group, "topic", topic, "partition", String.valueOf(partition)).gauge();
        return gauge == null ? -1 : gauge.value();
    }
}
