package com.necxian.refunds.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;

/**
 * Not part of the normal build (its name does not end in Test): run it on purpose with
 * {@code mvn -o -f policy-service/pom.xml test -Dtest=DecisionThroughputBenchmark -Dbenchmark.requests=3000}.
 * <ol>
 * <li>Baseline: the same Avro records on a scratch topic, moved by a bare consume→produce loop with one Kafka
 * transaction per record (offsets sent to the transaction), as the service's listener container did before it
 * published through the outbox.</li>
 * <li>Service: the records on refund.requested; the clock stops when a read_committed consumer has seen a
 * decision for every one.</li>
 * <li>Latency: 100 requests/s for 10 s, each sent and acknowledged (acks=all) one by one; latency = the decision
 * seen by a read_committed consumer minus the send's acknowledgement.</li>
 * </ol>
 */
class DecisionThroughputBenchmark extends PolicyServiceTest {

    private static final String SCRATCH_IN = "bench.passthrough.in";
    private static final String SCRATCH_OUT = "bench.passthrough.out";

    @Test
    void decisionsPerSecondAgainstAPassthroughAndLatencyAt100PerSecond() throws Exception {
        int count = Integer.getInteger("benchmark.requests", 3_000);
        decideAll(requests(300)); // warm-up
        List<RefundRequested> batch = requests(count);

        double passthrough = passthroughPerSecond(batch);
        double service = count / decideAll(batch);
        long[] latencies = latenciesAt100PerSecond(1_000);

        System.out.printf("BENCHMARK requests=%d passthrough %.0f/s, policy-service %.0f decisions/s (%.0f%%); "
                + "latency at 100/s over %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", count, passthrough,
                service, 100 * service / passthrough, latencies.length, percentile(latencies, 50),
                percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
    }

    private List<RefundRequested> requests(int count) {
        List<RefundRequested> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request(orderNumber(), RefundReason.NO_LONGER_NEEDED,
                    physicalLine("1", 1_000 + i % 500, daysAgo(2)).build()).build());
        }
        return requests;
    }

    /** Seconds from the batch's commit until a decision for every request was seen. */
    private double decideAll(List<RefundRequested> requests) {
        long began = System.nanoTime();
        requests.forEach(r -> kafka.send(Topics.REFUND_REQUESTED, r.getOrderNumber(), r));
        kafka.flush();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> requests.stream().allMatch(r -> observer.firstSeenNanos(r.getRefundId()) != null));
        long last = requests.stream().mapToLong(r -> observer.firstSeenNanos(r.getRefundId())).max().orElseThrow();
        return (last - began) / 1e9;
    }

    private double passthroughPerSecond(List<RefundRequested> requests) throws Exception {
        String bootstrap = Infrastructure.shared().kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(SCRATCH_IN, 3, (short) 1), new NewTopic(SCRATCH_OUT, 3,
                    (short) 1))).all().get();
        }
        requests.forEach(r -> kafka.send(SCRATCH_IN, r.getOrderNumber(), r));
        kafka.flush();
        try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of("bootstrap.servers", bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<byte[], byte[]>(Map.of("bootstrap.servers", bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-" + UUID.randomUUID(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.RETRY_BACKOFF_MS_CONFIG, Integer.getInteger("benchmark.retryBackoffMs", 100)),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(SCRATCH_IN));
            int moved = 0;
            long began = System.nanoTime();
            while (moved < requests.size()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    producer.beginTransaction();
                    producer.send(new ProducerRecord<>(SCRATCH_OUT, record.key(), record.value()));
                    producer.sendOffsetsToTransaction(Map.of(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1)), consumer.groupMetadata());
                    producer.commitTransaction();
                    moved++;
                }
            }
            return moved / ((System.nanoTime() - began) / 1e9);
        }
    }

    private long[] latenciesAt100PerSecond(int count) {
        List<RefundRequested> requests = requests(count);
        long[] sentAt = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + i * 10_000_000L - System.nanoTime());
            send(requests.get(i));
            sentAt[i] = System.nanoTime();
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> requests.stream().allMatch(r -> observer.firstSeenNanos(r.getRefundId()) != null));
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            latencies[i] = Math.max(0, observer.firstSeenNanos(requests.get(i).getRefundId()) - sentAt[i]);
        }
        Arrays.sort(latencies);
        assertThat(latencies).hasSize(count);
        return latencies;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
