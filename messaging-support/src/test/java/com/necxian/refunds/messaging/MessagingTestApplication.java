package com.necxian.refunds.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;

@SpringBootApplication
class MessagingTestApplication {

    /** Records what it read; a description "fail" makes it throw, to exercise the retry-then-dead-letter path. */
    @Component
    static class RecordingListener {

        final List<RefundRequested> received = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = Topics.REFUND_REQUESTED, groupId = "messaging-test")
        void on(RefundRequested event) {
            if (event.getDescription().equals("fail")) {
                throw new IllegalStateException("cannot handle " + event.getRefundId());
            }
            received.add(event);
        }
    }
}
