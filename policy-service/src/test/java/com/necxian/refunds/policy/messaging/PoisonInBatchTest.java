package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.RetryProperties;
import com.necxian.refunds.policy.PolicyServiceTest;

/**
 * A bad record among good ones in one poll: the good ones before and after it are decided (and published once),
 * the bad one is retried a bounded number of times, then dead-lettered, and the listener goes on.
 */
class PoisonInBatchTest extends PolicyServiceTest {

    @Autowired
    RetryProperties retry;

    /** The refund ids of every poll the listener was handed, in order. */
    private final List<List<String>> polls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordPolls() {
        doAnswer(invocation -> {
            List<ConsumerRecord<String, RefundRequested>> records = invocation.getArgument(0);
            polls.add(records.stream().map(r -> r.value() == null ? "undecodable@" + r.offset()
                    : r.value().getRefundId()).toList());
            return invocation.callRealMethod();
        }).when(flow).decideAll(anyList());
    }

    @Test
    void aRequestThatCannotBeDecidedInTheMiddleOfAPollIsRetriedThenDeadLetteredAndTheOthersAreDecided() {
        String order = orderNumber();
        RefundRequested before = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 1_000, daysAgo(1)).build()).build();
        RefundRequested poison = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 2_000, daysAgo(1)).build()).build();
        RefundRequested after = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("3", 3_000, daysAgo(1)).build()).build();
        AtomicInteger poisonAttempts = new AtomicInteger();
        doAnswer(invocation -> {
            if (((RefundRequested) invocation.getArgument(0)).getRefundId().equals(poison.getRefundId())) {
                poisonAttempts.incrementAndGet();
                throw new IllegalStateException("injected fault: refund " + poison.getRefundId()
                        + " cannot be decided");
            }
            return invocation.callRealMethod();
        }).when(flow).decide(any(), any());

        sendTogether(order, before, poison, after);

        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED), order);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains(poison.getRefundId());
        assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
                StandardCharsets.UTF_8)).contains("injected fault");
        assertThat(observer.await(before.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(1_000);
        assertThat(observer.await(after.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(3_000);

        assertThat(polls).as("the three records came in one poll, the bad one in the middle")
                .anySatisfy(poll -> assertThat(poll).containsSubsequence(before.getRefundId(),
                        poison.getRefundId(), after.getRefundId()));
        assertThat(poisonAttempts).as("the first delivery and the configured retries").hasValue(1 + retry.attempts());
        assertThat(observer.about(poison.getRefundId())).isEmpty();
        assertThat(observer.about(before.getRefundId())).singleElement();
        assertThat(observer.about(after.getRefundId())).singleElement();
        assertThat(decisions(before, poison, after)).containsExactlyInAnyOrder(before.getRefundId(),
                after.getRefundId());
        assertThat(jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(order)
                .query(Long.class).single()).isEqualTo(4_000);
    }

    @Test
    void anUndecodableRecordInTheMiddleOfAPollIsDeadLetteredAtOnceWithItsBytesAndTheOthersAreDecided() {
        String order = orderNumber();
        RefundRequested before = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 1_500, daysAgo(1)).build()).build();
        byte[] garbage = "not a RefundRequested".getBytes(StandardCharsets.UTF_8);
        RefundRequested after = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 2_500, daysAgo(1)).build()).build();

        sendTogether(order, before, garbage, after);

        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED), order);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
        assertThat(observer.await(before.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(1_500);
        assertThat(observer.await(after.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(2_500);
        assertThat(polls).anySatisfy(poll -> assertThat(poll).hasSizeGreaterThanOrEqualTo(3)
                .containsSubsequence(before.getRefundId(), after.getRefundId()));
        assertThat(polls.stream().flatMap(List::stream).filter(id -> id.startsWith("undecodable@")).count())
                .as("deliveries of the undecodable record: it is not retried").isEqualTo(1);
        assertThat(observer.about(before.getRefundId())).singleElement();
        assertThat(observer.about(after.getRefundId())).singleElement();
    }

    @Test
    void aRequestTheDatabaseRefusesANulByteInItsOrderNumberIsDeadLetteredWithinSecondsAndTheOthersAreDecided() {
        String order = orderNumber();
        RefundRequested before = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 1_100, daysAgo(1)).build()).build();
        RefundRequested withNul = request(order + "\u0000", RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 2_100, daysAgo(1)).build()).build();
        RefundRequested after = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("3", 3_100, daysAgo(1)).build()).build();
        long sent = System.nanoTime();

        sendTogether(order, before, withNul, after);

        assertThat(observer.await(after.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(3_100);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - sent)).isLessThan(java.time.Duration.ofSeconds(15));
        assertThat(observer.await(before.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(1_100);
        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED), order);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains(withNul.getRefundId());
        assertThat(observer.about(withNul.getRefundId())).isEmpty();
        assertThat(decisions(before, withNul, after)).containsExactlyInAnyOrder(before.getRefundId(),
                after.getRefundId());
    }

    private List<String> decisions(RefundRequested... requests) {
        return jdbc.sql("select refund_id from decision where refund_id = any(?)")
                .param(java.util.Arrays.stream(requests).map(RefundRequested::getRefundId).toArray(String[]::new))
                .query(String.class).list();
    }
}
