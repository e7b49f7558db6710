package com.necxian.refunds.notification;

import static com.necxian.refunds.events.LineOutcome.APPROVE;
import static com.necxian.refunds.notification.Events.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.TopicContents;

/** Redelivered and repeated events send nothing new; a late earlier status is not mailed; bad records go to the DLT. */
class OnceOnlyTest extends NotificationServiceTest {

    @Autowired
    MockMvc http;

    @Test
    void aRedeliveredEventAndASecondEventForTheSameStatusSendNothingNew() {
        String email = Events.uniqueEmail("gil");
        Events refund = Events.forCustomer(email, "Gil");
        RefundApproved approved = refund.approved(1000, Resolution.REFUND, null,
                line("1", APPROVE, 1000, "ok", "STD-1"));
        RefundApproved sameStatusOtherEvent = RefundApproved.newBuilder(approved)
                .setEventId(UUID.randomUUID().toString()).build();

        publish(approved, approved, sameStatusOtherEvent);
        publishMarkerAfter(refund, true);

        assertThat(DeliveredMail.to(email)).extracting(DeliveredMail::messageId).as("derived from (refund, status)")
                .containsExactly("<refund." + refund.refundId() + ".approved@necxian.example>");
    }

    @Test
    void aLateUnderReviewNoticeIsRecordedButNotMailed() throws Exception {
        String email = Events.uniqueEmail("hana");
        Events refund = Events.forCustomer(email, "Hana");
        publish(refund.approved(1000, Resolution.REFUND, null, line("1", APPROVE, 1000, "ok", "STD-1")));
        awaitMail(email, 1);

        publish(refund.reviewRequired("THIRD_PARTY", line("1", LineOutcome.REVIEW, 0, "late", "TPS-1")));
        publishMarkerAfter(refund, false);

        assertThat(DeliveredMail.to(email)).hasSize(1);
        http.perform(get("/api/v1/notifications").param("refundId", refund.refundId())
                        .header("Authorization", OperatorApiTest.OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications[0].template").value("APPROVED"))
                .andExpect(jsonPath("$.notifications[0].deliveryStatus").value("SENT"))
                .andExpect(jsonPath("$.notifications[1].template").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.notifications[1].deliveryStatus").value("SUPERSEDED"));
    }

    @Test
    void aLateAcknowledgementIsStillMailedAfterTheDecision() throws Exception {
        String email = Events.uniqueEmail("hugo");
        Events refund = Events.forCustomer(email, "Hugo");
        publish(refund.approved(1000, Resolution.REFUND, null, line("1", APPROVE, 1000, "ok", "STD-1")));
        awaitMail(email, 1);

        publish(refund.requested("late", 1000));

        awaitMail(email, 2);
        assertThat(DeliveredMail.to(email)).extracting(DeliveredMail::subject)
                .anySatisfy(subject -> assertThat(subject).startsWith("We received your refund request"));
    }

    @Test
    void aDecisionArrivingAfterItsPaymentOutcomeIsStillMailed() throws Exception {
        String email = Events.uniqueEmail("ines");
        Events refund = Events.forCustomer(email, "Ines");
        publish(refund.processed(1000, Resolution.REFUND));
        awaitMail(email, 1);

        publish(refund.approved(1000, Resolution.REFUND, null, line("1", APPROVE, 1000, "ok", "STD-1")));

        awaitMail(email, 2);
        assertThat(DeliveredMail.to(email)).extracting(DeliveredMail::subject)
                .anyMatch(subject -> subject.contains("approved"));
    }

    @Test
    void anEventThatCannotBeMailedGoesToTheDeadLetterTopicAndTheNextOneIsStillSent() {
        String email = Events.uniqueEmail("ivan");
        Events broken = Events.forCustomer(email, "Ivan").in("EURO");
        publish(broken.requested("bad currency", 100));

        ConsumerRecord<String, byte[]> dead = readRaw(Topics.deadLetter(Topics.REFUND_REQUESTED),
                broken.orderNumber());
        assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE).value()))
                .contains("not an ISO 4217 currency code: EURO");
        publishMarkerAfter(broken, false);
        assertThat(DeliveredMail.to(email)).isEmpty();
    }

    /**
     * Publishes an event of another refund of the same order (same key, same partition) on the approved or the
     * requested topic and waits for its e-mail: everything published before it on that topic has been handled.
     */
    private void publishMarkerAfter(Events refund, boolean onApprovedTopic) {
        String markerEmail = Events.uniqueEmail("marker");
        Events marker = new Events(UUID.randomUUID().toString(), refund.orderNumber(),
                Events.forCustomer(markerEmail, null).customer(), "EUR");
        publish(onApprovedTopic
                ? marker.approved(1000, Resolution.REFUND, null, line("1", APPROVE, 1000, "ok", "STD-1"))
                : marker.requested("marker", 1000));
        awaitMail(markerEmail, 1);
    }

    private static ConsumerRecord<String, byte[]> readRaw(String topic, String key) {
        return TopicContents.firstWithKey(Infrastructure.shared().kafka().bootstrapServers(), topic, key);
    }
}
