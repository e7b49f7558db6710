package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.PolicyServiceTest;

/**
 * A redelivered or duplicated request never yields a second decision nor a second event. Each test ends by deciding
 * a later request of the same order: one partition, in order, and one outbox key, in order, so once its event is
 * seen everything before it was handled and published.
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
        assertThat(outboxRowsOf(order, Topics.REFUND_APPROVED)).isEqualTo(2); // the request's and the later one's
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
    void whenTheListenerDiesAfterTheDatabaseCommitTheRedeliveredRequestPublishesNothingNewAndTheEventIsSeenOnce() {
        String order = orderNumber();
        RefundRequested request = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 2_500, daysAgo(1)).build()).build();
        AtomicInteger deliveries = new AtomicInteger();
        doAnswer(invocation -> {
            invocation.callRealMethod();
            if (holds(invocation.getArgument(0), request) && deliveries.incrementAndGet() == 1) {
                throw new IllegalStateException("injected fault: the listener dies after the database commit, "
                        + "before the consumed offsets are committed");
            }
            return null;
        }).when(flow).decideAll(anyList());

        send(request);
        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        RefundRequested later = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 1_000, daysAgo(1)).build()).build();
        send(later);
        observer.awaitAny(later.getRefundId());

        assertThat(deliveries).as("the request was delivered again").hasValueGreaterThanOrEqualTo(2);
        assertThat(observer.about(request.getRefundId())).singleElement();
        assertThat(rows("decision", request.getRefundId())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox where event_id = ?").param(approved.getEventId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(outboxRowsOf(order, Topics.REFUND_APPROVED)).isEqualTo(2);
        assertThat(jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(order)
                .query(Long.class).single()).isEqualTo(3_500);
    }

    @Test
    void whenTheDecisionsTransactionFailsAfterTheDecisionWasWrittenNeitherTheDecisionNorItsEventExistsUntilTheRetry() {
        String order = orderNumber();
        RefundRequested request = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 2_000, daysAgo(1)).build()).build();
        AtomicInteger attempts = new AtomicInteger();
        List<Long> seenByTheRetry = new CopyOnWriteArrayList<>();
        doAnswer(invocation -> {
            Object decided = invocation.callRealMethod();
            if (((RefundRequested) invocation.getArgument(0)).getRefundId().equals(request.getRefundId())
                    && attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("injected fault: the transaction fails after the decision and its "
                        + "outbox row were written");
            }
            return decided;
        }).when(flow).decide(any(), any());
        doAnswer(invocation -> {
            if (attempts.get() == 1 && seenByTheRetry.isEmpty()) { // the failed poll was rolled back
                seenByTheRetry.add(outboxRowsOf(order, Topics.REFUND_APPROVED));
                seenByTheRetry.add(rows("decision", request.getRefundId()));
            }
            return invocation.callRealMethod();
        }).when(flow).decideAll(anyList());

        send(request);
        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        RefundRequested later = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 1_000, daysAgo(1)).build()).build();
        send(later);
        observer.awaitAny(later.getRefundId());

        assertThat(attempts).hasValue(2);
        assertThat(seenByTheRetry).as("outbox rows and decisions when the retry began").containsExactly(0L, 0L);
        assertThat(observer.about(request.getRefundId())).singleElement();
        assertThat(jdbc.sql("select event_id from outbox where record_key = ? and topic = ? order by id limit 1")
                .params(order, Topics.REFUND_APPROVED).query(String.class).single()).isEqualTo(approved.getEventId());
        assertThat(jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(order)
                .query(Long.class).single()).isEqualTo(3_000);
    }

    private static boolean holds(List<ConsumerRecord<String, RefundRequested>> records, RefundRequested request) {
        return records.stream().anyMatch(record -> record.value() != null
                && record.value().getRefundId().equals(request.getRefundId()));
    }

    private long rows(String table, String refundId) {
        return jdbc.sql("select count(*) from " + table + " where refund_id = ?").param(refundId).query(Long.class)
                .single();
    }
}
