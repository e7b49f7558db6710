package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;

class CrashBetweenCallAndWriteTest extends PaymentServiceTest {

    @Autowired
    TestDoubles.CrashingGateway gateway;

    @Test
    void aFlowKilledAfterTheGatewayCallIsRetriedWithTheSameIdempotencyKeyAndPaysOnce() {
        String reference = reference("");
        RefundApproved approval = approval(order(), Resolution.REFUND, 7300, 7300, reference).build();
        gateway.crashAfterNextCall(approval.getRefundId());
        publish(approval);

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        assertThat(gateway.lostOutcome(approval.getRefundId())).as("the first call reached the provider").isNotNull();
        assertThat(processed.getProviderReference())
                .isEqualTo(gateway.lostOutcome(approval.getRefundId()).providerReference());
        assertThat(provider.callsFor(approval.getRefundId())).isGreaterThanOrEqualTo(2);
        assertThat(provider.refundCountAgainst(reference)).isEqualTo(1);
        assertThat(provider.refundedAgainst(reference)).isEqualTo(7300);
        var row = ledgerRow(approval.getRefundId());
        assertThat(row.attemptLog()).extracting(a -> a.number()).doesNotContain(1); // attempt 1 wrote nothing
        assertThat(published.of(approval.getRefundId())).hasSize(1);
    }
}
