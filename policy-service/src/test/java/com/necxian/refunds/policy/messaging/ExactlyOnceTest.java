package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.policy.PolicyServiceTest;

/**
 * A redelivered or duplicated request never yields a second decision. Each test ends by deciding a later request
 * of the same order: one partition, in order, so once it is decided everything before it was handled.
 */
class ExactlyOnceTest extends PolicyServiceTest {

    @Test
    void theSameRequestPublishedTwiceIsDecidedOnce() {
        String order = orderNumber();
        RefundRequested request = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 4_000, daysAgo(3)).build()).build();

        send(request);
        send(request);
        RefundRequested later = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 1_000, daysAgo(3)).build()).build();
        send(later);
        observer.awaitAny(later.getRefundId());

        assertThat(observer.about(request.getRefundId())).singleElement().isInstanceOf(RefundApproved.class);
        assertThat(rows("decision", request.getRefundId())).isEqualTo(1);
        assertThat(rows("decision_event", request.getRefundId())).isEqualTo(1);
    }

    @Test
    void aSecondRequestForTheSameLinesIsDeniedAndNothingIsRefundedTwice() {
        String order = orderNumber();
        RefundRequested first = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 4_000, daysAgo(3)).build()).build();
        RefundRequested second = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 4_000, daysAgo(3)).build()).build();

        send(first);
        send(second);

        assertThat(observer.await(first.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(4_000);
        RefundDenied denied = observer.await(second.getRefundId(), RefundDenied.class);
        assertThat(denied.getClauses()).contains("REQ-DUPLICATE");
        assertThat(jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(order)
                .query(Long.class).single()).isEqualTo(4_000);
    }

    @Test
    void whenTheKafkaTransactionFailsAfterTheDatabaseCommitTheRecordedDecisionIsSentOnceOnRedelivery() {
        String order = orderNumber();
        RefundRequested request = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 2_500, daysAgo(1)).build()).build();
        AtomicInteger attempts = new AtomicInteger();
        doAnswer(invocation -> {
            invocation.callRealMethod();
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("injected fault: the Kafka transaction aborts after the sends");
            }
            return null;
        }).when(publisher).publish(eq(request.getRefundId()), anyList());

        send(request);
        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        RefundRequested later = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 1_000, daysAgo(1)).build()).build();
        send(later);
        observer.awaitAny(later.getRefundId());

        assertThat(attempts).hasValueGreaterThanOrEqualTo(2);
        assertThat(observer.about(request.getRefundId())).singleElement();
        assertThat(rows("decision", request.getRefundId())).isEqualTo(1);
        assertThat(jdbc.sql("select event_id from decision_event where refund_id = ?").param(request.getRefundId())
                .query(String.class).single()).isEqualTo(approved.getEventId());
        assertThat(jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(order)
                .query(Long.class).single()).isEqualTo(3_500);
    }

    private long rows(String table, String refundId) {
        return jdbc.sql("select count(*) from " + table + " where refund_id = ?").param(refundId).query(Long.class)
                .single();
    }

}
