package com.necxian.refunds.notification.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.notification.mail.PendingMailDelivery;

/**
 * Reads every refund topic and the policy topic. Each event only queues its e-mails in the database (one
 * transaction, deduplicated); {@link PendingMailDelivery} sends them, so an SMTP outage never blocks consumption.
 * An event that cannot be turned into an e-mail is retried, then goes to the dead-letter topic.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final RefundMailQueue refunds;
    private final PolicyNoticeQueue policyNotices;
    private final PendingMailDelivery delivery;

    NotificationListener(RefundMailQueue refunds, PolicyNoticeQueue policyNotices, PendingMailDelivery delivery) {
        this.refunds = refunds;
        this.policyNotices = policyNotices;
        this.delivery = delivery;
    }

    @KafkaListener(id = "notifications", idIsGroup = false, topics = {Topics.REFUND_REQUESTED,
            Topics.REFUND_REVIEW_REQUIRED, Topics.REFUND_APPROVED, Topics.REFUND_DENIED, Topics.REFUND_PROCESSED,
            Topics.REFUND_FAILED, Topics.REFUND_POLICY_CHANGED})
    void on(SpecificRecord event) {
        boolean queued;
        try {
            queued = event instanceof RefundPolicyChanged change ? policyNotices.queue(change) : refunds.queue(event);
        } catch (RuntimeException e) {
            log.warn("{} {} could not be queued (retried, then dead-lettered): {}", event.getSchema().getName(),
                    event.get(0), e.toString());
            throw e;
        }
        if (queued) {
            delivery.wake();
        }
    }
}
