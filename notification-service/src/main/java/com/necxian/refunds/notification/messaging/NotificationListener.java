package com.necxian.refunds.notification.messaging;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.messaging.PollTransaction;
import com.necxian.refunds.notification.application.PendingMailDelivery;
import com.necxian.refunds.notification.application.PolicyNoticeQueue;
import com.necxian.refunds.notification.application.RefundMailQueue;

/**
 * Reads every refund topic and the policy topic, a poll at a time: every event of the poll only queues its e-mails
 * in the database (deduplicated), all in one transaction ({@link PollTransaction}); {@link PendingMailDelivery}
 * sends them, so an SMTP outage never blocks consumption. An event that cannot be turned into an e-mail is retried
 * a bounded number of times, then goes to the dead-letter topic, and the events after it go on.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final RefundMailQueue refunds;
    private final PolicyNoticeQueue policyNotices;
    private final PendingMailDelivery delivery;
    private final PollTransaction poll;

    NotificationListener(RefundMailQueue refunds, PolicyNoticeQueue policyNotices, PendingMailDelivery delivery,
            PlatformTransactionManager transactions) {
        this.refunds = refunds;
        this.policyNotices = policyNotices;
        this.delivery = delivery;
        this.poll = new PollTransaction(transactions);
    }

    @KafkaListener(id = "notifications", idIsGroup = false, topics = {Topics.REFUND_REQUESTED,
            Topics.REFUND_REVIEW_REQUIRED, Topics.REFUND_APPROVED, Topics.REFUND_DENIED, Topics.REFUND_PROCESSED,
            Topics.REFUND_FAILED, Topics.REFUND_POLICY_CHANGED}, batch = "true")
    void on(List<ConsumerRecord<String, SpecificRecord>> records) {
        AtomicBoolean queued = new AtomicBoolean();
        try {
            poll.handle(records, record -> {
                if (queue(record.value())) {
                    queued.set(true);
                }
            });
        } finally {
            if (queued.get()) {
                delivery.wake(); // what committed before a failed record is sent too
            }
        }
    }

    private boolean queue(SpecificRecord event) {
        try {
            return event instanceof RefundPolicyChanged change ? policyNotices.queue(change) : refunds.queue(event);
        } catch (RuntimeException e) {
            // the class only: a database error's message may quote the customer's name or address
            log.warn("{} {} could not be queued (retried, then dead-lettered): {}", event.getSchema().getName(),
                    event.get(0), e.getClass().getSimpleName());
            throw e;
        }
    }
}
