package com.necxian.refunds.payment.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.domain.RefundInstruction;

/**
 * An in-memory payment provider that honours idempotency keys as real ones do: asking again with the same key
 * returns the refund made the first time. Like a provider's test cards, payment references script failures:
 * {@code ..._closed} fails permanently (closed card), {@code ..._down} always fails transiently,
 * {@code ..._flakyN} fails transiently on its first N calls.
 */
public class SimulatedPaymentGateway implements PaymentGateway {

    private static final Pattern FLAKY = Pattern.compile(".*_flaky(\\d+)$");

    private record ProviderRefund(String id, String paymentReference, long amountMinor, String currency,
            Instant confirmAt, String failure) {
    }

    private final SimulatedProviderSettings settings;
    private final Clock clock;
    private final Map<String, ProviderRefund> byIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public SimulatedPaymentGateway(SimulatedProviderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public GatewayOutcome refund(RefundInstruction instruction) {
        simulateLatency();
        int call = calls.computeIfAbsent(instruction.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
        String reference = instruction.paymentReference();
        if (reference.endsWith("_down")) {
            return GatewayOutcome.transientFailure("provider_unavailable: the provider did not answer in time");
        }
        Matcher flaky = FLAKY.matcher(reference);
        if (flaky.matches() && call <= Integer.parseInt(flaky.group(1))) {
            return GatewayOutcome.transientFailure("rate_limited: too many requests, try again later");
        }
        if (ThreadLocalRandom.current().nextDouble() < settings.transientFailureRate()) {
            return GatewayOutcome.transientFailure("provider_unavailable: simulated transient failure");
        }
        ProviderRefund refund = byIdempotencyKey.computeIfAbsent(instruction.idempotencyKey(), key ->
                new ProviderRefund("sim_re_" + sequence.incrementAndGet(), reference, instruction.amountMinor(),
                        instruction.currency(), clock.instant().plus(settings.confirmationDelay()),
                        reference.endsWith("_closed")
                                ? "expired_or_canceled_card: the card of the original payment is closed" : null));
        if (refund.amountMinor() != instruction.amountMinor() || !refund.paymentReference().equals(reference)) {
            return GatewayOutcome.permanentFailure(null,
                    "idempotency_error: the key was used before with different parameters");
        }
        return outcome(refund);
    }

    @Override
    public GatewayOutcome status(RefundInstruction instruction, String providerReference) {
        simulateLatency();
        ProviderRefund refund = byIdempotencyKey.get(instruction.idempotencyKey());
        if (refund == null || !refund.id().equals(providerReference)) {
            return GatewayOutcome.permanentFailure(providerReference, "resource_missing: no such refund");
        }
        return outcome(refund);
    }

    private GatewayOutcome outcome(ProviderRefund refund) {
        if (refund.failure() != null) {
            return GatewayOutcome.permanentFailure(refund.id(), refund.failure());
        }
        return clock.instant().isBefore(refund.confirmAt()) ? GatewayOutcome.pending(refund.id())
                : GatewayOutcome.succeeded(refund.id());
    }

    /** Calls received with this idempotency key (retries included). */
    public int callsFor(String idempotencyKey) {
        AtomicInteger count = calls.get(idempotencyKey);
        return count == null ? 0 : count.get();
    }

    /** Successful or pending refunds the provider made against a payment reference: the money that left. */
    public long refundedAgainst(String paymentReference) {
        return byIdempotencyKey.values().stream()
                .filter(r -> r.paymentReference().equals(paymentReference) && r.failure() == null)
                .mapToLong(ProviderRefund::amountMinor).sum();
    }

    public long refundCountAgainst(String paymentReference) {
        return byIdempotencyKey.values().stream()
                .filter(r -> r.paymentReference().equals(paymentReference) && r.failure() == null).count();
    }

    private void simulateLatency() {
        if (settings.latency().isZero()) {
            return;
        }
        try {
            Thread.sleep(settings.latency().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
