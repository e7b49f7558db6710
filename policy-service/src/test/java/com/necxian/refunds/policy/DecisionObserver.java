package com.necxian.refunds.policy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.avro.specific.SpecificRecord;
import org.awaitility.Awaitility;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.Topics;

/** Reads, read_committed, everything policy-service publishes, as a downstream service would. */
@Component
public class DecisionObserver {

    private final List<SpecificRecord> received = new CopyOnWriteArrayList<>();
    private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();

    @KafkaListener(id = "policy-test-observer", topics = {Topics.REFUND_APPROVED, Topics.REFUND_DENIED,
            Topics.REFUND_REVIEW_REQUIRED, Topics.REFUND_POLICY_CHANGED})
    void on(SpecificRecord event) {
        String refundId = field(event, "refundId");
        if (refundId != null) {
            firstSeenNanos.putIfAbsent(refundId, System.nanoTime());
        }
        received.add(event);
    }

    /** System.nanoTime() when the first event about the refund arrived, or null. */
    public Long firstSeenNanos(String refundId) {
        return firstSeenNanos.get(refundId);
    }

    /** Every event received about this refund (or, for policy changes, this version's number as text). */
    public List<SpecificRecord> about(String refundId) {
        return received.stream().filter(event -> refundId.equals(field(event, "refundId"))).toList();
    }

    public List<SpecificRecord> all() {
        return List.copyOf(received);
    }

    /** Waits for the first event about the refund of the given type. */
    public <T extends SpecificRecord> T await(String refundId, Class<T> type) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> about(refundId).stream()
                .filter(type::isInstance).map(type::cast).findFirst().orElse(null), event -> event != null);
    }

    public SpecificRecord awaitAny(String refundId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> about(refundId).stream().findFirst()
                .orElse(null), event -> event != null);
    }

    static String field(SpecificRecord event, String name) {
        var field = event.getSchema().getField(name);
        return field == null ? null : String.valueOf(event.get(field.pos()));
    }
}
