package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.domain.PayoutStatus;
import com.necxian.refunds.payment.application.PayApproval;
import com.necxian.refunds.payment.messaging.ApprovalPayouts;

class LedgerInvariantsTest extends PaymentServiceTest {

    @Autowired
    PayApproval payApproval;

    @Test
    void twoApprovalsForOneOrderNeverRefundMoreThanWasPaid() {
        String order = order();
        String reference = reference("");
        RefundApproved first = approval(order, Resolution.REFUND, 6000, 10000, reference).build();
        RefundApproved second = approval(order, Resolution.STORE_CREDIT, 6000, 10000, reference).build();
        publish(first);
        publish(second);

        assertThat(outcomeOf(first.getRefundId())).isInstanceOf(RefundProcessed.class);
        var rejected = (RefundFailed) outcomeOf(second.getRefundId());
        assertThat(rejected.getReason()).contains("above what was paid");
        assertThat(rejected.getPermanent()).isTrue();
        assertThat(provider.refundedAgainst(reference)).isEqualTo(6000);
        assertThat(ledgerRow(second.getRefundId()).payoutMinor()).isZero();
    }

    @Test
    void approvalsForOtherLinesOfOneOrderArePaidUpToWhatWasPaidForTheWholeOrder() {
        String order = order();
        String reference = reference("");
        RefundApproved firstLines = approval(order, Resolution.REFUND, 19_900, 19_900, reference).build();
        RefundApproved otherLines = approval(order, Resolution.REFUND, 5_000, 24_900, reference).build();
        RefundApproved beyondPaid = approval(order, Resolution.REFUND, 1_000, 24_900, reference).build();
        publish(firstLines);
        publish(otherLines);
        publish(beyondPaid);

        assertThat(outcomeOf(firstLines.getRefundId())).isInstanceOf(RefundProcessed.class);
        assertThat(outcomeOf(otherLines.getRefundId())).isInstanceOf(RefundProcessed.class);
        var refused = (RefundFailed) outcomeOf(beyondPaid.getRefundId());
        assertThat(refused.getReason()).contains("above what was paid");
        assertThat(provider.refundedAgainst(reference)).isEqualTo(24_900);
        assertThat(provider.callsFor(beyondPaid.getRefundId())).isZero();
        assertThat(jdbc.sql("select committed_minor from payment_total where payment_reference = ?")
                .param(reference).query(Long.class).single()).isEqualTo(24_900);
    }

    @Test
    void concurrentApprovalsAgainstOnePaymentAreSerialisedByTheDatabase() throws Exception {
        String reference = reference("");
        String order = order();
        List<Callable<Boolean>> approvals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RefundApproved approval = approval(order, Resolution.STORE_CREDIT, 3000, 10000, reference).build();
            approvals.add(() -> payApproval.accept(ApprovalPayouts.payout(approval)));
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> accepted : pool.invokeAll(approvals)) {
                assertThat(accepted.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select coalesce(sum(payout_minor), 0) from refund_payment where payment_reference = ? "
                + "and status = 'SUCCEEDED'").param(reference).query(Long.class).single()).isEqualTo(9000);
        assertThat(jdbc.sql("select count(*) from refund_payment where payment_reference = ? and status = 'FAILED'")
                .param(reference).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select committed_minor from payment_total where payment_reference = ?")
                .param(reference).query(Long.class).single()).isEqualTo(9000);
    }

    @Test
    void anApprovalAboveWhatWasPaidIsRefusedAtOnce() {
        RefundApproved approval = approval(order(), Resolution.REFUND, 12000, 10000, reference("")).build();
        publish(approval);

        var failed = (RefundFailed) outcomeOf(approval.getRefundId());
        assertThat(failed.getReason()).contains("exceeds what was paid");
        assertThat(provider.callsFor(approval.getRefundId())).isZero();
        assertThat(ledgerRow(approval.getRefundId()).status()).isEqualTo(PayoutStatus.FAILED);
    }

    @Test
    void theDatabaseItselfRefusesASecondRowForARefundAndOverpayments() {
        RefundApproved approval = approval(order(), Resolution.STORE_CREDIT, 1000, 1000, reference("")).build();
        publish(approval);
        outcomeOf(approval.getRefundId());
        String refundId = approval.getRefundId();

        assertThatThrownBy(() -> jdbc.sql("insert into refund_payment select * from refund_payment "
                + "where refund_id = ?").param(refundId).update()).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("update refund_payment set payout_minor = order_paid_minor + 1 "
                + "where refund_id = ?").param(refundId).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update payment_total set committed_minor = paid_minor + 1 "
                + "where payment_reference = ?").param(approval.getPayment().getReference()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        await().until(() -> ledgerRow(refundId).payoutMinor() == 1000);
    }
}
