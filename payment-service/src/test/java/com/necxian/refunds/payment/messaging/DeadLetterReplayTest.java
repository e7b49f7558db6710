package com.necxian.refunds.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.support.KafkaHeaders;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.DeadLetterReplay;
import com.necxian.refunds.payment.PaymentServiceTest;
import com.necxian.refunds.testsupport.TopicContents;

/**
 * An approval dead-lettered while the ledger refused it (a check constraint standing in for a bug since fixed) is
 * replayed with messaging-support's DeadLetterReplay once the cause is gone, and paid; replaying it again, or
 * replaying an approval already handled, pays nothing more: the listener handles each eventId once.
 */
class DeadLetterReplayTest extends PaymentServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aDeadLetteredApprovalIsPaidOnceReplayedAfterItsCauseIsFixedAndReplayingAgainChangesNothing() {
        String order = order();
        String paymentReference = reference("");
        RefundApproved blocked = approval(order, Resolution.REFUND, 2_500, 5_000, paymentReference).build();
        jdbc.sql("alter table refund_payment add constraint replay_test_block check (refund_id <> '"
                + blocked.getRefundId() + "')").update();
        try {
            publish(blocked);
            ConsumerRecord<String, byte[]> dead = await().atMost(PATIENCE).until(() -> TopicContents
                    .withKey(bootstrapServers, Topics.deadLetter(Topics.REFUND_APPROVED), order), r -> r.size() == 1)
                    .get(0);
            assertThat(ByteBuffer.wrap(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                    .isNotNegative();
        } finally {
            jdbc.sql("alter table refund_payment drop constraint replay_test_block").update();
        }
        assertThat(ledger.find(blocked.getRefundId())).isEmpty();

        List<String> replayed = replay(order);
        assertThat(replayed).hasSize(1);
        assertThat(outcomeOf(blocked.getRefundId())).isInstanceOf(RefundProcessed.class);

        replay(order);
        RefundApproved marker = approval(order, Resolution.EXCHANGE, 100, 100, reference("")).build();
        publish(marker);
        outcomeOf(marker.getRefundId()); // same order, same partition: the second replay was consumed before it
        assertThat(published.of(blocked.getRefundId())).hasSize(1);
        assertThat(provider.refundCountAgainst(paymentReference)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from refund_payment where refund_id = ?").param(blocked.getRefundId())
                .query(Long.class).single()).isEqualTo(1);
    }

    /** Replays the dead letters of this order's partition, one by one, as an operator would. */
    private List<String> replay(String order) {
        List<ConsumerRecord<String, byte[]>> dead = TopicContents.withKey(bootstrapServers,
                Topics.deadLetter(Topics.REFUND_APPROVED), order);
        return dead.stream().flatMap(record -> DeadLetterReplay.replay(
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), Topics.REFUND_APPROVED,
                record.partition(), record.offset()).stream()).toList();
    }
}
