package com.necxian.refunds.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.annotation.KafkaListener;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.domain.RefundInstruction;
import com.necxian.refunds.payment.web.provider.SimulatedPaymentGateway;

@TestConfiguration(proxyBeanMethods = false)
public class TestDoubles {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    @Primary
    CrashingGateway crashingGateway(SimulatedPaymentGateway provider) {
        return new CrashingGateway(provider);
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    /** The system clock, moved by an offset a test sets (and resets). */
    public static class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        public void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        public void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /**
     * The provider as the payout worker sees it; for a refund marked to crash, the call reaches the provider and
     * then the flow dies before anything is written (as a process killed at that point would).
     */
    public static class CrashingGateway implements PaymentGateway {

        private final SimulatedPaymentGateway provider;
        private final Set<String> crashOnce = ConcurrentHashMap.newKeySet();
        private final Set<String> unknownOnce = ConcurrentHashMap.newKeySet();
        private final Map<String, GatewayOutcome> lostOutcomes = new ConcurrentHashMap<>();

        CrashingGateway(SimulatedPaymentGateway provider) {
            this.provider = provider;
        }

        public void crashAfterNextCall(String refundId) {
            crashOnce.add(refundId);
        }

        /** The next status check of this refund reaches a provider that has no record of it. */
        public void unknownAtNextStatusCheck(String refundId) {
            unknownOnce.add(refundId);
        }

        public GatewayOutcome lostOutcome(String refundId) {
            return lostOutcomes.get(refundId);
        }

        @Override
        public GatewayOutcome refund(RefundInstruction instruction) {
            GatewayOutcome outcome = provider.refund(instruction);
            if (crashOnce.remove(instruction.refundId())) {
                lostOutcomes.put(instruction.refundId(), outcome);
                throw new IllegalStateException("killed between the gateway call and the ledger write");
            }
            return outcome;
        }

        @Override
        public GatewayOutcome status(RefundInstruction instruction, String providerReference) {
            if (unknownOnce.remove(instruction.refundId())) {
                return GatewayOutcome.notFound(providerReference, "resource_missing: no such refund");
            }
            return provider.status(instruction, providerReference);
        }
    }

    /** Every RefundProcessed and RefundFailed the service published, by refund id. */
    public static class PublishedEvents {

        private final Map<String, List<SpecificRecord>> byRefund = new ConcurrentHashMap<>();

        @KafkaListener(id = "payment-test-events", topics = {Topics.REFUND_PROCESSED, Topics.REFUND_FAILED})
        void on(SpecificRecord event) {
            String refundId = event.get(event.getSchema().getField("refundId").pos()).toString();
            byRefund.computeIfAbsent(refundId, id -> new CopyOnWriteArrayList<>()).add(event);
        }

        public List<SpecificRecord> of(String refundId) {
            return List.copyOf(byRefund.getOrDefault(refundId, List.of()));
        }
    }
}
