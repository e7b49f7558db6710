package com.necxian.refunds.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * How far each consumer group of this service's listener containers is behind, per partition
 * ({@code necxian_consumer_lag{group,topic,partition}}): the partition's read_committed end offset minus the
 * group's committed offset (or minus the earliest offset while the group has committed none), read every
 * {@code necxian.messaging.consumer-lag.interval} with one Admin client of the service's KafkaAdmin settings. The
 * broker is asked, not the consumers, so a stopped or stuck consumer still shows its lag. A failed refresh keeps the
 * last rows and is logged once as a WARN (then at DEBUG until a refresh succeeds again).
 */
final class ConsumerLag implements SmartLifecycle {

    static final String NAME = "necxian.consumer.lag";

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private final KafkaAdmin kafkaAdmin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listenerRegistry;
    private final ObjectProvider<MeterRegistry> meters;
    private final Duration interval;
    private KafkaListenerEndpointRegistry listeners;
    private MultiGauge lag;
    private ScheduledExecutorService schedule;
    private Admin admin;
    private volatile boolean failing;

    /** Runs only where there are listener containers and a MeterRegistry (both known once the context is up). */
    ConsumerLag(KafkaAdmin kafkaAdmin, ObjectProvider<KafkaListenerEndpointRegistry> listenerRegistry,
            ObjectProvider<MeterRegistry> meters, Duration interval) {
        this.kafkaAdmin = kafkaAdmin;
        this.listenerRegistry = listenerRegistry;
        this.meters = meters;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        listeners = listenerRegistry.getIfAvailable();
        MeterRegistry registry = meters.getIfAvailable();
        if (listeners == null || registry == null) {
            return;
        }
        lag = MultiGauge.builder(NAME)
                .description("Records of a partition its consumer group has not committed yet").register(registry);
        admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (schedule == null) {
            return;
        }
        schedule.shutdownNow();
        admin.close(Duration.ofSeconds(5));
        schedule = null;
        admin = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }

    void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (Map.Entry<String, Set<String>> group : topicsByGroup().entrySet()) {
                rowsOf(group.getKey(), group.getValue(), rows);
            }
            lag.register(rows, true);
            failing = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!failing) {
                log.warn("Consumer lag not refreshed, the last values stay: {}",
                        Failures.describe(e instanceof ExecutionException ? e.getCause() : e));
            } else {
                log.debug("Consumer lag still not refreshed", e);
            }
            failing = true;
        }
    }

    private Map<String, Set<String>> topicsByGroup() {
        Map<String, Set<String>> topics = new TreeMap<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] names = container.getContainerProperties().getTopics();
            if (container.getGroupId() != null && names != null) {
                topics.computeIfAbsent(container.getGroupId(), group -> new TreeSet<>()).addAll(List.of(names));
            }
        }
        return topics;
    }

    private void rowsOf(String group, Set<String> topics, List<MultiGauge.Row<?>> rows) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = answer(
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        List<TopicPartition> partitions = partitionsOf(topics);
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        List<TopicPartition> uncommitted = partitions.stream()
                .filter(partition -> committed.get(partition) == null).toList();
        Map<TopicPartition, Long> starts = uncommitted.isEmpty() ? Map.of()
                : offsets(uncommitted, OffsetSpec.earliest());
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done == null ? starts.get(partition) : done.offset();
            long behind = Math.max(0, ends.get(partition) - from);
            rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", partition.topic(),
                    "partition", String.valueOf(partition.partition())), behind));
        }
    }

    private List<TopicPartition> partitionsOf(Set<String> topics) throws Exception {
        Collection<TopicDescription> described = answer(admin.describeTopics(topics).allTopicNames()).values();
        return described.stream().flatMap(topic -> topic.partitions().stream()
                .map(partition -> new TopicPartition(topic.name(), partition.partition()))).toList();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> spec));
        // read_committed: the last stable offset, so records of a transaction still open are not counted as lag
        Map<TopicPartition, ListOffsetsResultInfo> answers = answer(admin.listOffsets(request,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all());
        return answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private static <T> T answer(KafkaFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    }
}
