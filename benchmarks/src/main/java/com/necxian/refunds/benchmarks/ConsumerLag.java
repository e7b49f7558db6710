package com.necxian.refunds.benchmarks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag per group: the last stable offset of every partition the group is assigned or has committed,
 * minus its committed offset (read-committed ends, the groups read that way). Sampled every half second by a
 * daemon thread; each window keeps the largest lag seen per group.
 */
final class ConsumerLag implements AutoCloseable {

    static final List<String> GROUPS = List.of("policy-service", "payment-service", "notification-service",
            "intake-status-view");

    private final Admin admin;
    private final Thread sampler;
    private final Map<String, Long> windowMax = new LinkedHashMap<>();
    private volatile Map<String, Long> last = Map.of();

    ConsumerLag(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "pipeline-load-lag"));
        sampler = new Thread(this::sampleForever, "consumer-lag");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts a new window: the maxima are reset. */
    synchronized void newWindow() {
        windowMax.clear();
    }

    /** The largest lag per group since {@link #newWindow()}. */
    synchronized Map<String, Long> windowMax() {
        return new LinkedHashMap<>(windowMax);
    }

    /** Lag per group now (a fresh sample). */
    Map<String, Long> now() {
        Map<String, Long> lag = sample();
        record(lag);
        return lag;
    }

    /** Total lag of every group, from the last sample. */
    long totalLast() {
        return last.values().stream().mapToLong(v -> Math.max(0, v)).sum();
    }

    private void sampleForever() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                record(sample());
                Thread.sleep(500); // sampling period, not synchronisation
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a sample that failed (e.g. a group in rebalance): the next one counts
            }
        }
    }

    private synchronized void record(Map<String, Long> lag) {
        last = lag;
        lag.forEach((group, value) -> windowMax.merge(group, value, Math::max));
    }

    /** Lag per group, -1 for a group that does not exist yet. */
    Map<String, Long> sample() {
        try {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(GROUPS).all()
                    .get(10, TimeUnit.SECONDS);
            Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
            Set<TopicPartition> partitions = new HashSet<>();
            for (String group : GROUPS) {
                Map<TopicPartition, Long> offsets = new HashMap<>();
                Map<TopicPartition, OffsetAndMetadata> fromBroker = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                fromBroker.forEach((tp, offset) -> offsets.put(tp, offset == null ? 0 : offset.offset()));
                ConsumerGroupDescription description = groups.get(group);
                if (description != null) {
                    description.members().forEach(m -> m.assignment().topicPartitions()
                            .forEach(tp -> offsets.putIfAbsent(tp, 0L)));
                }
                committed.put(group, offsets);
                partitions.addAll(offsets.keySet());
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = partitions.isEmpty() ? Map.of()
                    : admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                            .get(10, TimeUnit.SECONDS);
            Map<String, Long> lag = new LinkedHashMap<>();
            for (String group : GROUPS) {
                Map<TopicPartition, Long> offsets = committed.get(group);
                if (offsets.isEmpty()) {
                    lag.put(group, -1L);
                    continue;
                }
                long sum = 0;
                for (var e : offsets.entrySet()) {
                    ListOffsetsResultInfo end = ends.get(e.getKey());
                    if (end != null) {
                        sum += Math.max(0, end.offset() - e.getValue());
                    }
                }
                lag.put(group, sum);
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not read consumer lag", e);
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
        admin.close();
    }
}
