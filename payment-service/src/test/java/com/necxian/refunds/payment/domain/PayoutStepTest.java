package com.necxian.refunds.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PROC-3 (paid within the processBy deadline, or reported failed) and PROC-5 (the provider's word decides): what
 * the ledger does after a provider's answer.
 */
class PayoutStepTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Instant PROCESS_BY = NOW.plus(Duration.ofMinutes(10));
    static final RetrySchedule RETRY = new RetrySchedule(Duration.ofMinutes(4), Duration.ofHours(1), 2.0);
    static final Duration CONFIRMATION_CHECK = Duration.ofSeconds(5);

    static Stream<Arguments> rule() {
        return Stream.of(
                // ledger status, attempts so far, provider answer, step
                Arguments.of(PayoutStatus.PENDING, 1, GatewayOutcome.succeeded("re_1"),
                        new PayoutStep.Succeed("re_1")),
                Arguments.of(PayoutStatus.PENDING, 1, GatewayOutcome.pending("re_1"),
                        new PayoutStep.AwaitConfirmation("re_1", NOW.plus(CONFIRMATION_CHECK))),
                Arguments.of(PayoutStatus.PENDING, 1, GatewayOutcome.permanentFailure("re_1", "closed card"),
                        new PayoutStep.Fail("re_1", "closed card", true)),
                // PROC-3: backoff 4, 8, 16 min..., but never past processBy (10 min away) while not accepted
                Arguments.of(PayoutStatus.PENDING, 1, GatewayOutcome.transientFailure("rate_limited"),
                        new PayoutStep.RetryAt("rate_limited", NOW.plus(Duration.ofMinutes(4)))),
                Arguments.of(PayoutStatus.PENDING, 2, GatewayOutcome.transientFailure("rate_limited"),
                        new PayoutStep.RetryAt("rate_limited", NOW.plus(Duration.ofMinutes(8)))),
                Arguments.of(PayoutStatus.PENDING, 3, GatewayOutcome.transientFailure("rate_limited"),
                        new PayoutStep.RetryAt("rate_limited", PROCESS_BY)),
                // accepted by the provider: its money is moving, so the deadline does not cap the next check
                Arguments.of(PayoutStatus.SUBMITTED, 3, GatewayOutcome.transientFailure("provider_unavailable"),
                        new PayoutStep.RetryAt("provider_unavailable", NOW.plus(Duration.ofMinutes(16)))),
                Arguments.of(PayoutStatus.SUBMITTED, 3, GatewayOutcome.notFound("re_1", "resource_missing"),
                        new PayoutStep.RetryAt("resource_missing", NOW.plus(Duration.ofMinutes(16)))));
    }

    @ParameterizedTest(name = "{0} after {1} attempts, provider says {2}: {3}")
    @MethodSource("rule")
    void aProvidersAnswerLeadsToOneStep(PayoutStatus status, int attempts, GatewayOutcome answer,
            PayoutStep expected) {
        assertThat(PayoutStep.after(entry(status, attempts, null), answer, NOW, RETRY, CONFIRMATION_CHECK))
                .isEqualTo(expected);
    }

    @Test
    void proc3TheDeadlineEndsOnlyAPayoutTheProviderHasNotAcceptedAndSaysTheLastAnswer() {
        assertThat(entry(PayoutStatus.PENDING, 3, null).deadlinePassed(PROCESS_BY)).isTrue();
        assertThat(entry(PayoutStatus.PENDING, 3, null).deadlinePassed(PROCESS_BY.minusMillis(1))).isFalse();
        assertThat(entry(PayoutStatus.SUBMITTED, 3, null).deadlinePassed(PROCESS_BY.plus(Duration.ofDays(1))))
                .isFalse();

        PayoutStep.Fail fail = PayoutStep.deadlinePassed(entry(PayoutStatus.PENDING, 3, "provider_unavailable"));

        assertThat(fail.permanent()).isFalse();
        assertThat(fail.reason()).isEqualTo("Not paid out by the processBy deadline " + PROCESS_BY
                + " (PROC-3); last provider answer: provider_unavailable");
    }

    private static LedgerEntry entry(PayoutStatus status, int attempts, String lastReason) {
        Payout payout = new Payout("refund-1", "event-1", "NX-1", "corr-1", "C-1", "ana@example.com", "Ana",
                Resolution.REFUND, "CARD", "pay_1", 4_990, 4_990, "EUR", NOW.minus(Duration.ofDays(6)), PROCESS_BY);
        return new LedgerEntry(payout, status, 4_990, status == PayoutStatus.SUBMITTED ? "re_1" : null, lastReason,
                attempts, NOW.minus(Duration.ofDays(6)), null, List.of());
    }
}
