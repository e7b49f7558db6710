package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;

class DuplicateApprovalsTest extends PaymentServiceTest {

    @Test
    void aRedeliveredOrReplayedApprovalPaysOnce() {
        String order = order();
        String reference = reference("");
        RefundApproved approval = approval(order, Resolution.REFUND, 5000, 5000, reference).build();
        publish(approval);
        assertThat(outcomeOf(approval.getRefundId())).isInstanceOf(RefundProcessed.class);
        int callsAfterFirst = provider.callsFor(approval.getRefundId());

        publish(approval); // redelivered: same event id
        publish(RefundApproved.newBuilder(approval).setEventId(java.util.UUID.randomUUID().toString()).build());
        // A marker on the same order (same partition, handled in order) shows the duplicates were consumed.
        RefundApproved marker = approval(order, Resolution.EXCHANGE, 100, 100, reference("")).build();
        publish(marker);
        outcomeOf(marker.getRefundId());

        assertThat(published.of(approval.getRefundId())).hasSize(1);
        assertThat(provider.callsFor(approval.getRefundId())).isEqualTo(callsAfterFirst);
        assertThat(provider.refundCountAgainst(reference)).isEqualTo(1);
        assertThat(provider.refundedAgainst(reference)).isEqualTo(5000);
        assertThat(jdbc.sql("select count(*) from refund_payment where refund_id = ?")
                .param(approval.getRefundId()).query(Long.class).single()).isEqualTo(1);
    }
}
