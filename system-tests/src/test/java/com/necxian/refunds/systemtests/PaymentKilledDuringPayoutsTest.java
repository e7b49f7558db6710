package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * kill -9 of payment-service while payouts wait for the provider's confirmation, then a restart: every refund ends
 * PROCESSED, the provider (its own record) made exactly one refund per refund id, and none is reported failed.
 * Before the provider kept its refunds, the restarted service's status checks found none and failed them.
 */
class PaymentKilledDuringPayoutsTest {

    static final int REFUNDS = 30;

    final RunningSystem system = RunningSystem.get();

    @Test
    void refundsAwaitingConfirmationAreNeitherFailedNorPaidTwiceAfterAKill() throws Exception {
        List<String> refundIds = new ArrayList<>();
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < REFUNDS; i++) {
            var accepted = system.submit(RefundFlowTest.refundRequest("NX-KILL-PAY-" + UUID.randomUUID(),
                    "kill-pay-" + UUID.randomUUID() + "@example.com", delivered));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            refundIds.add(system.json(accepted.body()).get("refundId").asString());
        }
        await().atMost(Duration.ofMinutes(2)).until(
                () -> SimulatedProvider.submittedInLedger(system.infrastructure, refundIds) >= REFUNDS / 3);

        system.services.killAndRestart("payment-service", Duration.ofMinutes(3));

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(refundIds)
                .allSatisfy(id -> assertThat(system.status(id).path("status").asString()).isEqualTo("PROCESSED")));
        var atProvider = SimulatedProvider.refundsMadeFor(system.infrastructure, refundIds);
        assertThat(atProvider).as("one refund at the provider per refund id").hasSize(REFUNDS)
                .allSatisfy((id, amounts) -> assertThat(amounts).containsExactly(19_900L));
        assertThat(SimulatedProvider.openInLedger(system.infrastructure, refundIds)).isZero();
    }
}
