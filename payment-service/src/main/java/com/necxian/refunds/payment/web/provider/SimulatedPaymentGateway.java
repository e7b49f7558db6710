package com.necxian.refunds.payment.web.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.necxian.refunds.payment.domain.GatewayOutcome;
import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.domain.RefundInstruction;

/**
 * A payment provider simulated in tables of its own (V3 migration), so it behaves as a real one across restarts
 * and across instances: asking again with the same idempotency key returns the refund made the first time, and a
 * refund's status is found whichever instance submitted it. Its writes commit on their own, outside the ledger's
 * transactions, as a remote provider's would. Like a provider's test cards, payment references script failures:
 * {@code ..._closed} fails permanently (closed card), {@code ..._down} always fails transiently,
 * {@code ..._flakyN} fails transiently on its first N calls.
 */
public class SimulatedPaymentGateway implements PaymentGateway {

    private static final Pattern FLAKY = Pattern.compile(".*_flaky(\\d+)$");
    private static final String CLOSED_CARD = "expired_or_canceled_card: the card of the original payment is closed";

    private record ProviderRefund(String id, String paymentReference, long amountMinor, Instant confirmAt,
            String failure) {
    }

    private final SimulatedProviderSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;

    public SimulatedPaymentGateway(SimulatedProviderSettings settings, Clock clock, JdbcClient jdbc) {
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public GatewayOutcome refund(RefundInstruction instruction) {
        simulateLatency();
        int call = countCall(instruction.idempotencyKey());
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
        ProviderRefund refund = create(instruction);
        if (refund.amountMinor() != instruction.amountMinor() || !refund.paymentReference().equals(reference)) {
            return GatewayOutcome.permanentFailure(null,
                    "idempotency_error: the key was used before with different parameters");
        }
        return outcome(refund);
    }

    @Override
    public GatewayOutcome status(RefundInstruction instruction, String providerReference) {
        simulateLatency();
        return find(instruction.idempotencyKey()).filter(refund -> refund.id().equals(providerReference))
                .map(this::outcome)
                .orElseGet(() -> GatewayOutcome.notFound(providerReference, "resource_missing: no such refund"));
    }

    private GatewayOutcome outcome(ProviderRefund refund) {
        if (refund.failure() != null) {
            return GatewayOutcome.permanentFailure(refund.id(), refund.failure());
        }
        return clock.instant().isBefore(refund.confirmAt()) ? GatewayOutcome.pending(refund.id())
                : GatewayOutcome.succeeded(refund.id());
    }

    /** The refund made under this key: made now if it is the first call, else the one made the first time. */
    private ProviderRefund create(RefundInstruction instruction) {
        String reference = instruction.paymentReference();
        jdbc.sql("""
                insert into simulated_provider_refund (idempotency_key, id, payment_reference, amount_minor, currency,
                                                       confirm_at, failure)
                values (?, 'sim_re_' || nextval('simulated_provider_refund_seq'), ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing""")
                .params(instruction.idempotencyKey(), reference, instruction.amountMinor(), instruction.currency(),
                        Timestamp.from(clock.instant().plus(settings.confirmationDelay())),
                        reference.endsWith("_closed") ? CLOSED_CARD : null)
                .update();
        return find(instruction.idempotencyKey()).orElseThrow();
    }

    private Optional<ProviderRefund> find(String idempotencyKey) {
        return jdbc.sql("""
                select id, payment_reference, amount_minor, confirm_at, failure from simulated_provider_refund
                where idempotency_key = ?""").param(idempotencyKey)
                .query((rs, n) -> new ProviderRefund(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional();
    }

    private int countCall(String idempotencyKey) {
        return jdbc.sql("""
                insert into simulated_provider_call (idempotency_key, calls) values (?, 1)
                on conflict (idempotency_key) do update set calls = simulated_provider_call.calls + 1
                returning calls""").param(idempotencyKey).query(Integer.class).single();
    }

    /** Calls received with this idempotency key (retries included). */
    public int callsFor(String idempotencyKey) {
        return jdbc.sql("select calls from simulated_provider_call where idempotency_key = ?").param(idempotencyKey)
                .query(Integer.class).optional().orElse(0);
    }

    /** Successful or pending refunds the provider made against a payment reference: the money that left. */
    public long refundedAgainst(String paymentReference) {
        return jdbc.sql("""
                select coalesce(sum(amount_minor), 0) from simulated_provider_refund
                where payment_reference = ? and failure is null""").param(paymentReference)
                .query(Long.class).single();
    }

    public long refundCountAgainst(String paymentReference) {
        return jdbc.sql("""
                select count(*) from simulated_provider_refund where payment_reference = ? and failure is null""")
                .param(paymentReference).query(Long.class).single();
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
