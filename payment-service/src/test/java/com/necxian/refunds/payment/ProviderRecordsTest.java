package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.domain.GatewayOutcome.Kind;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.domain.RefundInstruction;
import com.necxian.refunds.payment.web.provider.SimulatedPaymentGateway;
import com.necxian.refunds.payment.web.provider.SimulatedProviderSettings;

/**
 * A refund the provider accepted is never reported failed because a status check did not find it (it may be paid),
 * and the simulated provider keeps its refunds where a restarted or second instance finds them.
 */
class ProviderRecordsTest extends PaymentServiceTest {

    @Autowired
    TestDoubles.CrashingGateway gateway;
    @Autowired
    SimulatedProviderSettings settings;

    @Test
    void aStatusCheckThatFindsNoRefundAsksAgainWithTheSameKeyAndThePayoutSucceedsOnce() {
        String reference = reference("");
        RefundApproved approval = approval(order(), Resolution.REFUND, 4_990, 4_990, reference).build();
        gateway.unknownAtNextStatusCheck(approval.getRefundId());
        publish(approval);

        assertThat(outcomeOf(approval.getRefundId())).isInstanceOf(RefundProcessed.class);
        var row = ledgerRow(approval.getRefundId());
        assertThat(row.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(row.attemptLog()).extracting(a -> a.outcome()).first().isEqualTo("PENDING");
        assertThat(provider.callsFor(approval.getRefundId())).as("submitted, then asked for again").isEqualTo(2);
        assertThat(provider.refundCountAgainst(reference)).isEqualTo(1);
        assertThat(provider.refundedAgainst(reference)).isEqualTo(4_990);
        assertThat(published.of(approval.getRefundId())).hasSize(1);
    }

    @Test
    void aRefundMadeByOneProviderInstanceIsFoundByAnother() {
        var instruction = new RefundInstruction(java.util.UUID.randomUUID().toString(), "CARD", reference(""), 1_200,
                "EUR");
        var before = provider.refund(instruction);
        var restarted = new SimulatedPaymentGateway(settings, Clock.systemUTC(), jdbc);

        await().atMost(PATIENCE).until(() -> restarted.status(instruction, before.providerReference()).kind(),
                kind -> kind == Kind.SUCCEEDED);
        assertThat(restarted.refund(instruction).providerReference()).as("same key, same refund")
                .isEqualTo(before.providerReference());
        assertThat(restarted.refundCountAgainst(instruction.paymentReference())).isEqualTo(1);
    }
}
