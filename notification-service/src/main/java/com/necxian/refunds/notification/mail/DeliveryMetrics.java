package com.necxian.refunds.notification.mail;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.Notifications.State;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * notifications.sent (e-mails the SMTP server accepted), notifications.resend.window (from each acknowledgement
 * to its SENT record: the moment in which a crash makes the e-mail go out again), notifications.failed (failed attempts, tagged outcome
 * retry or undeliverable) and notifications.pending / notifications.undeliverable (rows waiting or given up,
 * read from the database at each scrape, so they are right across restarts and instances).
 */
@Component
class DeliveryMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter undeliverable;
    private final Timer resendWindow;

    DeliveryMetrics(MeterRegistry registry, Notifications notifications) {
        sent = Counter.builder("notifications.sent").description("E-mails accepted by the SMTP server")
                .register(registry);
        retried = Counter.builder("notifications.failed").tag("outcome", "retry")
                .description("Failed delivery attempts").register(registry);
        undeliverable = Counter.builder("notifications.failed").tag("outcome", "undeliverable")
                .description("Failed delivery attempts").register(registry);
        resendWindow = Timer.builder("notifications.resend.window")
                .description("From the SMTP server's acknowledgement to the SENT record: a crash in it resends")
                .register(registry);
        Gauge.builder("notifications.pending", notifications, n -> n.count(State.PENDING))
                .description("E-mails waiting to be sent").register(registry);
        Gauge.builder("notifications.undeliverable", notifications, n -> n.count(State.FAILED))
                .description("E-mails given up on").register(registry);
    }

    void sent(Duration acknowledgedToRecorded) {
        sent.increment();
        resendWindow.record(acknowledgedToRecorded);
    }

    void retried() {
        retried.increment();
    }

    void undeliverable() {
        undeliverable.increment();
    }
}
