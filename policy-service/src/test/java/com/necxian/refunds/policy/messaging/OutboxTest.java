package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.PolicyServiceTest;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.application.ChangePolicy;
import com.necxian.refunds.policy.application.DecideReview;
import com.necxian.refunds.policy.domain.Resolution;
import com.necxian.refunds.policy.domain.ReviewerDecision;

/**
 * Reviewer decisions and policy versions commit with their event (outbox): a transaction that fails after the
 * change leaves neither the change nor its event. How the relay publishes the outbox (in order, in batches, again
 * after a failure with the same eventId, one relay at a time) is proven once, in messaging-support's OutboxRelayTest.
 */
class OutboxTest extends PolicyServiceTest {

    private static final ReviewerDecision APPROVE_40 = ReviewerDecision.approve(4_000, Resolution.STORE_CREDIT,
            List.of("TPS-2"), "The provider confirmed the booking failed.");

    @Autowired
    private DecideReview desk;

    @Autowired
    private ChangePolicy changes;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void whenTheDatabaseTransactionFailsAfterTheReviewerDecidedNoEventIsPublishedAndTheCaseStaysOpen() {
        RefundRequested request = reviewCase();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            desk.decide(request.getRefundId(), APPROVE_40, "kim");
            throw new IllegalStateException("injected fault: the database commit fails after the decision");
        })).hasMessageContaining("injected fault");

        assertThat(jdbc.sql("select state from review where refund_id = ?").param(request.getRefundId())
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(outboxRowsOf(request.getOrderNumber(), Topics.REFUND_APPROVED)).isZero();
        assertThat(approvedTotal(request.getOrderNumber())).isZero();

        desk.decide(request.getRefundId(), APPROVE_40, "kim");
        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        assertThat(decisionsAbout(request.getRefundId())).singleElement();
        assertThat(approved.getEventId()).isEqualTo(storedEventId(request.getOrderNumber(), Topics.REFUND_APPROVED));
        assertThat(approvedTotal(request.getOrderNumber())).isEqualTo(4_000);
    }

    @Test
    void whenTheDatabaseTransactionFailsAfterASignificantVersionWasPostedNeitherTheVersionNorItsEventExists() {
        int before = versions.current().version();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changes.post(current -> PolicySettings.defaults(), true, "rolled back: never announced", "test", "corr-rolled-back");
            throw new IllegalStateException("injected fault: the database commit fails after the version");
        })).hasMessageContaining("injected fault");
        assertThat(versions.current().version()).isEqualTo(before);

        changes.post(current -> PolicySettings.defaults(), true, "announced once", "test", "corr-announced");
        await().atMost(Duration.ofSeconds(30)).until(() -> policyChanges("announced once").size() == 1);
        assertThat(policyChanges("rolled back: never announced")).isEmpty();
    }

    private RefundRequested reviewCase() {
        RefundRequested request = request(orderNumber(), RefundReason.NOT_DELIVERED,
                physicalLine("1", 5_000, null).setProductType(ProductType.THIRD_PARTY_SERVICE).build())
                .setRespondBy(Instant.now().plus(Duration.ofDays(7))).build();
        send(request);
        observer.await(request.getRefundId(), RefundReviewRequired.class);
        return request;
    }

    private List<SpecificRecord> decisionsAbout(String refundId) {
        return observer.about(refundId).stream()
                .filter(event -> event instanceof RefundApproved || event instanceof RefundDenied).toList();
    }

    private List<RefundPolicyChanged> policyChanges(String summary) {
        return observer.all().stream().filter(RefundPolicyChanged.class::isInstance)
                .map(RefundPolicyChanged.class::cast).filter(event -> summary.equals(event.getSummary())).toList();
    }

    private String storedEventId(String orderNumber, String topic) {
        return jdbc.sql("select event_id from outbox where record_key = ? and topic = ?").params(orderNumber, topic)
                .query(String.class).single();
    }

    private long approvedTotal(String orderNumber) {
        return jdbc.sql("select approved_total_minor from order_history where order_number = ?").param(orderNumber)
                .query(Long.class).optional().orElse(0L);
    }
}
