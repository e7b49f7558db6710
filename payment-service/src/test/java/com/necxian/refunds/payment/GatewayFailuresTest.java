package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.domain.PayoutStatus;

class GatewayFailuresTest extends PaymentServiceTest {

    @Test
    void transientFailuresAreRetriedWithBackoffUntilTheRefundSucceeds() {
        String reference = reference("_flaky2");
        RefundApproved approval = approval(order(), Resolution.REFUND, 2500, 2500, reference).build();
        publish(approval);

        assertThat(outcomeOf(approval.getRefundId())).isInstanceOf(RefundProcessed.class);
        var row = ledgerRow(approval.getRefundId());
        assertThat(row.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(row.attemptLog()).extracting(a -> a.outcome())
                .startsWith("TRANSIENT_FAILURE", "TRANSIENT_FAILURE").contains("SUCCEEDED");
        assertThat(Duration.between(row.attemptLog().get(0).at(), row.attemptLog().get(2).at()))
                .as("backoff between attempts").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(provider.refundCountAgainst(reference)).isEqualTo(1);
    }

    @Test
    void aPermanentFailureIsReportedAtOnceWithTheProvidersReason() {
        String reference = reference("_closed");
        RefundApproved approval = approval(order(), Resolution.REFUND, 2500, 2500, reference).build();
        publish(approval);

        var failed = (RefundFailed) outcomeOf(approval.getRefundId());
        assertThat(failed.getReason()).startsWith("expired_or_canceled_card");
        assertThat(failed.getPermanent()).isTrue();
        assertThat(provider.callsFor(approval.getRefundId())).isEqualTo(1);
        assertThat(provider.refundedAgainst(reference)).isZero();
        assertThat(jdbc.sql("select committed_minor from payment_total where payment_reference = ?")
                .param(reference).query(Long.class).single()).as("released").isZero();
    }

    @Test
    void aRefundStillFailingAtItsProcessByDeadlineIsReportedFailed() {
        RefundApproved approval = approval(order(), Resolution.REFUND, 2500, 2500, reference("_down"))
                .setProcessBy(clock.instant().plus(Duration.ofDays(7))).build();
        publish(approval);
        await().atMost(PATIENCE).until(() -> ledger.find(approval.getRefundId())
                .map(row -> row.attemptLog().size() >= 2).orElse(false));
        assertThat(published.of(approval.getRefundId())).isEmpty();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        try {
            var failed = (RefundFailed) outcomeOf(approval.getRefundId());
            assertThat(failed.getReason()).contains("processBy").contains("provider_unavailable");
            assertThat(failed.getPermanent()).isFalse();
            assertThat(ledgerRow(approval.getRefundId()).status()).isEqualTo(PayoutStatus.FAILED);
        } finally {
            clock.reset();
        }
    }
}
