package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.PolicyServiceTest;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.messaging.ReviewDesk.ReviewerDecision;

/**
 * Reviewer decisions and policy versions commit with their event (outbox) and the relay publishes it at least once
 * with the stored eventId. Faults are injected where the old in-transaction publish lost or doubled events.
 */
class OutboxTest extends PolicyServiceTest {

    private static final ReviewerDecision APPROVE_40 = new ReviewerDecision(true, 4_000, Resolution.STORE_CREDIT,
            List.of("TPS-2"), "The provider confirmed the booking failed.", "kim");

    @Autowired
    private ReviewDesk desk;

    @Autowired
    private PolicyChanges changes;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void whenTheDatabaseTransactionFailsAfterTheReviewerDecidedNoEventIsPublishedAndTheCaseStaysOpen() {
        RefundRequested request = reviewCase();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            desk.decide(request.getRefundId(), APPROVE_40);
            throw new IllegalStateException("injected fault: the database commit fails after the decision");
        })).hasMessageContaining("injected fault");

        assertThat(jdbc.sql("select state from review where refund_id = ?").param(request.getRefundId())
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(outboxRows(request.getRefundId())).isZero();
        assertThat(approvedTotal(request.getOrderNumber())).isZero();

        desk.decide(request.getRefundId(), APPROVE_40);
        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        assertThat(decisionsAbout(request.getRefundId())).singleElement();
        assertThat(approved.getEventId()).isEqualTo(storedEventId(request.getRefundId()));
        assertThat(approvedTotal(request.getOrderNumber())).isEqualTo(4_000);
    }

    @Test
    void whenTheDatabaseTransactionFailsAfterASignificantVersionWasPostedNeitherTheVersionNorItsEventExists() {
        int before = versions.current().version();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changes.post(PolicySettings.defaults(), true, "rolled back: never announced", "test", "corr-rolled-back");
            throw new IllegalStateException("injected fault: the database commit fails after the version");
        })).hasMessageContaining("injected fault");
        assertThat(versions.current().version()).isEqualTo(before);

        changes.post(PolicySettings.defaults(), true, "announced once", "test", "corr-announced");
        await().atMost(Duration.ofSeconds(30)).until(() -> policyChanges("announced once").size() == 1);
        assertThat(policyChanges("rolled back: never announced")).isEmpty();
    }

    @Test
    void whenTheRelayFailsAfterTheKafkaCommitTheEventIsSentAgainWithTheSameEventId() {
        RefundRequested request = reviewCase();
        AtomicInteger attempts = new AtomicInteger();
        doAnswer(invocation -> {
            invocation.callRealMethod();
            if (concerns(invocation.getArgument(0), request.getRefundId()) && attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("injected fault: the relay fails after the Kafka commit, before "
                        + "marking the rows sent");
            }
            return null;
        }).when(publisher).publishNow(anyList());

        desk.decide(request.getRefundId(), APPROVE_40);
        awaitSent(request.getRefundId());
        awaitLaterDecisionOf(request.getOrderNumber());

        assertThat(attempts).hasValue(2);
        List<SpecificRecord> copies = decisionsAbout(request.getRefundId());
        assertThat(copies).hasSize(2).allSatisfy(copy -> assertThat(((RefundApproved) copy).getEventId())
                .isEqualTo(storedEventId(request.getRefundId())));
        assertThat(approvedTotal(request.getOrderNumber())).isEqualTo(4_000 + 1_000);
    }

    @Test
    void whenTheRelaysKafkaTransactionAbortsReadCommittedConsumersSeeTheEventExactlyOnce() {
        RefundRequested request = reviewCase();
        AtomicInteger attempts = new AtomicInteger();
        doAnswer(invocation -> {
            List<SpecificRecord> events = invocation.getArgument(0);
            if (concerns(events, request.getRefundId()) && attempts.incrementAndGet() == 1) {
                return kafka.executeInTransaction(operations -> {
                    events.forEach(event -> operations.send(Topics.of(event), Topics.keyOf(event), event));
                    throw new IllegalStateException("injected fault: the Kafka transaction aborts after the sends");
                });
            }
            return invocation.callRealMethod();
        }).when(publisher).publishNow(anyList());

        desk.decide(request.getRefundId(), new ReviewerDecision(false, 0, null, List.of("TPS-1"),
                "The provider's terms exclude refunds after the event date.", "kim"));
        awaitSent(request.getRefundId());
        awaitLaterDecisionOf(request.getOrderNumber());

        assertThat(attempts).hasValueGreaterThanOrEqualTo(2);
        assertThat(decisionsAbout(request.getRefundId())).singleElement().satisfies(denied ->
                assertThat(((RefundDenied) denied).getEventId()).isEqualTo(storedEventId(request.getRefundId())));
    }

    private RefundRequested reviewCase() {
        RefundRequested request = request(orderNumber(), RefundReason.NOT_DELIVERED,
                physicalLine("1", 5_000, null).setProductType(ProductType.THIRD_PARTY_SERVICE).build())
                .setRespondBy(Instant.now().plus(Duration.ofDays(7))).build();
        send(request);
        observer.await(request.getRefundId(), RefundReviewRequired.class);
        return request;
    }

    /**
     * Decides a later request of the same order: its RefundApproved lands after the relay's copies in the same
     * partition of refund.approved, so once the observer has it every earlier copy has been read.
     */
    private void awaitLaterDecisionOf(String orderNumber) {
        RefundRequested later = request(orderNumber, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 1_000, daysAgo(1)).build()).build();
        send(later);
        observer.await(later.getRefundId(), RefundApproved.class);
    }

    private void awaitSent(String refundId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from outbox where refund_id = ? and sent_at is not null").param(refundId)
                .query(Long.class).single() == 1);
    }

    private List<SpecificRecord> decisionsAbout(String refundId) {
        return observer.about(refundId).stream()
                .filter(event -> event instanceof RefundApproved || event instanceof RefundDenied).toList();
    }

    private List<RefundPolicyChanged> policyChanges(String summary) {
        return observer.all().stream().filter(RefundPolicyChanged.class::isInstance)
                .map(RefundPolicyChanged.class::cast).filter(event -> summary.equals(event.getSummary())).toList();
    }

    private static boolean concerns(List<SpecificRecord> events, String refundId) {
        return events.stream().anyMatch(event -> event.getSchema().getField("refundId") != null
                && refundId.equals(String.valueOf(event.get(event.getSchema().getField("refundId").pos()))));
    }

    private String storedEventId(String refundId) {
        return jdbc.sql("select event_id from outbox where refund_id = ?").param(refundId).query(String.class)
                .single();
    }

    private long outboxRows(String refundId) {
        return jdbc.sql("select count(*) from outbox where refund_id = ?").param(refundId).query(Long.class).single();
    }

    private long approvedTotal(String orderNumber) {
        return jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(orderNumber)
                .query(Long.class).optional().orElse(0L);
    }
}
