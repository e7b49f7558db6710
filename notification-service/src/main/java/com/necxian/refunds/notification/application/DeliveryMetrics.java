package com.necxian.refunds.notification.application;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.necxian.refunds.messaging.metrics.StageLatency;
import com.necxian.refunds.notification.domain.MailTemplate;
import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.Notifications.Outgoing;
import com.necxian.refunds.notification.store.Notifications.State;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * notifications.sent (e-mails the SMTP server accepted), notifications.resend.window (from each acknowledgement
 * to the SENT record of its group: the moment in which a crash makes the e-mail go out again),
 * notifications.failed (failed attempts, tagged outcome retry or undeliverable) and notifications.pending / notifications.undeliverable (rows waiting or given up,
 * read from the database at each scrape, so they are right across restarts and instances); per e-mail
 * {@code necxian.emails} by template and result, and the stage latency processed → e-mailed.
 */
@Component
class DeliveryMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter undeliverable;
    private final Timer resendWindow;
    private final MeterRegistry registry;
    private final StageLatency processedToEmailed;

    DeliveryMetrics(MeterRegistry registry, Notifications notifications) {
        this.registry = registry;
        this.processedToEmailed = StageLatency.of(registry, StageLatency.PROCESSED_TO_EMAILED);
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

    /**
     * {@code necxian_emails_total{template,result}} with result {@code sent}, {@code retry} or
     * {@code undeliverable}; for a sent PROCESSED e-mail also the stage latency processed → e-mailed.
     */
    void finished(Outgoing outgoing, String result, Instant at) {
        Counter.builder("necxian.emails").tag("template", String.valueOf(outgoing.template())).tag("result", result)
                .description("E-mails by template and delivery result").register(registry).increment();
        if ("sent".equals(result) && outgoing.template() == MailTemplate.PROCESSED) {
            processedToEmailed.record(outgoing.eventAt(), at);
        }
    }
}
