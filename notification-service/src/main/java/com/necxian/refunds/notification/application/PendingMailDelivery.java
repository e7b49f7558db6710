package com.necxian.refunds.notification.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.notification.application.MailNotSent.Reason;
import com.necxian.refunds.notification.config.NotificationSettings;
import com.necxian.refunds.notification.config.NotificationSettings.Delivery;
import com.necxian.refunds.notification.domain.MaskedEmail;
import com.necxian.refunds.notification.domain.RetryBackoff;
import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.Notifications.Outgoing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Use case: deliver the queued e-mails. A few sender loops (they never claim the same row) each claim due e-mails in
 * batches and send a batch over one {@link Mailbox} connection, recording SENT in small groups within milliseconds
 * of the server's acknowledgement. A failed send is retried with exponential backoff, for as long as it takes when
 * the server is unreachable; a message the server keeps rejecting is marked FAILED after a few attempts. Woken at
 * once when an event queued mail, otherwise it polls.
 */
@Component
public class PendingMailDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingMailDelivery.class);

    /** The span (and timer) of one message handed to the SMTP server, in the refund's trace. */
    static final String SEND_OBSERVATION = "necxian.email.send";

    private final Notifications notifications;
    private final Mailbox mailbox;
    private final DeliveryMetrics metrics;
    private final ObservationRegistry observations;
    private final Delivery settings;
    private final RetryBackoff backoff;
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean running;

    PendingMailDelivery(Notifications notifications, Mailbox mailbox, DeliveryMetrics metrics,
            ObservationRegistry observations, NotificationSettings settings) {
        this.notifications = notifications;
        this.mailbox = mailbox;
        this.metrics = metrics;
        this.observations = observations;
        this.settings = settings.delivery();
        this.backoff = new RetryBackoff(this.settings.firstRetry(), this.settings.maxRetry());
    }

    /** Something was queued: deliver now rather than at the next poll. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < settings.senders(); i++) {
            Thread loop = new Thread(this::run, "mail-delivery-" + i);
            loop.setDaemon(true);
            loop.start();
            loops.add(loop);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.release(loops.size());
        try {
            for (Thread loop : loops) {
                loop.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loops.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (deliverDue() == 0) {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("mail delivery round failed, trying again shortly: {}", e.toString());
                pause();
            }
        }
    }

    /**
     * Sends one batch of due notifications over one connection, recording SENT in small groups right after the
     * server acknowledged them ({@link #recordDue}); returns how many were claimed. No send starts after half the
     * lease (SMTP timeouts end well within the other half), so no other sender claims a message while this one may
     * still send it; what is left is given back at once.
     */
    int deliverDue() {
        List<Outgoing> batch = notifications.claimDue(settings.batchSize(), settings.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        long stopStartingAt = System.nanoTime() + settings.lease().toNanos() / 2;
        Deque<Outgoing> due = new ArrayDeque<>(batch);
        List<Acknowledged> unrecorded = new ArrayList<>();
        try (Mailbox.Connection connection = mailbox.connect()) {
            try {
                while (!due.isEmpty() && running && System.nanoTime() < stopStartingAt) {
                    boolean connected = send(connection, due.poll(), unrecorded);
                    if (recordDue(unrecorded)) {
                        recordSent(unrecorded);
                    }
                    if (!connected) {
                        break;
                    }
                }
            } finally {
                recordSent(unrecorded);
            }
        } catch (MailNotSent connectionFailed) {
            due.forEach(outgoing -> failed(outgoing, connectionFailed));
            due.clear();
        }
        notifications.release(due.stream().map(Outgoing::id).toList());
        return batch.size();
    }

    /** A message the server accepted, not yet recorded SENT: a crash now would send it again. */
    private record Acknowledged(Outgoing outgoing, long atNanos) {
    }

    /**
     * A group is recorded once it is full or its oldest acknowledgement is {@code sent-group-wait} old, so a crash
     * resends at most a group per sender, acknowledged within milliseconds of its record.
     */
    private boolean recordDue(List<Acknowledged> unrecorded) {
        return !unrecorded.isEmpty() && (unrecorded.size() >= settings.sentGroupSize()
                || System.nanoTime() - unrecorded.get(0).atNanos() >= settings.sentGroupWait().toNanos());
    }

    private void recordSent(List<Acknowledged> unrecorded) {
        if (unrecorded.isEmpty()) {
            return;
        }
        notifications.markSent(unrecorded.stream().map(acknowledged -> acknowledged.outgoing().id()).toList());
        long recorded = System.nanoTime();
        unrecorded.forEach(acknowledged -> metrics.sent(Duration.ofNanos(recorded - acknowledged.atNanos())));
        unrecorded.clear();
    }

    /**
     * Sends one message; an acknowledged one joins {@code unrecorded}, a failure is recorded at once. False when the
     * connection is gone (the rest waits).
     */
    private boolean send(Mailbox.Connection connection, Outgoing outgoing, List<Acknowledged> unrecorded) {
        try {
            transmit(connection, outgoing);
        } catch (MailNotSent e) {
            failed(outgoing, e);
            return connection.isOpen();
        }
        unrecorded.add(new Acknowledged(outgoing, System.nanoTime()));
        metrics.finished(outgoing, "sent", Instant.now());
        return true;
    }

    /**
     * The exchange of one message as a span in the refund's trace, tagged only with the template and
     * {@code sent}/{@code failed}: the exception is not attached, as SMTP errors quote the recipient.
     */
    private void transmit(Mailbox.Connection connection, Outgoing outgoing) throws MailNotSent {
        try (var trace = TraceParents.open(outgoing.traceParent())) {
            Observation observation = Observation.createNotStarted(SEND_OBSERVATION, observations)
                    .contextualName("email send " + outgoing.template().name())
                    .lowCardinalityKeyValue("template", outgoing.template().name())
                    .start();
            String result = "failed";
            try (var scope = observation.openScope()) {
                connection.send(outgoing);
                result = "sent";
            } finally {
                observation.lowCardinalityKeyValue("result", result).stop();
            }
        }
    }

    private void failed(Outgoing outgoing, MailNotSent failure) {
        int attempts = outgoing.attempts() + 1;
        if (failure.reason() == Reason.MALFORMED
                || failure.reason() == Reason.REJECTED && attempts >= settings.maxAttemptsWhenRejected()) {
            undeliverable(outgoing, failure);
            return;
        }
        var wait = backoff.after(attempts);
        notifications.markRetry(outgoing.id(), failure.getMessage(), wait);
        metrics.retried();
        metrics.finished(outgoing, "retry", Instant.now());
        try (var trace = TraceParents.open(outgoing.traceParent())) {
            log.warn("e-mail {} to {} not sent (attempt {}), retrying in {}: {}", outgoing.id(),
                    MaskedEmail.of(outgoing.recipient()), attempts, wait, failure.getMessage());
        }
    }

    private void undeliverable(Outgoing outgoing, MailNotSent failure) {
        notifications.markFailed(outgoing.id(), failure.getMessage());
        metrics.undeliverable();
        metrics.finished(outgoing, "undeliverable", Instant.now());
        try (var trace = TraceParents.open(outgoing.traceParent())) {
            log.error("e-mail {} to {} is undeliverable: {}", outgoing.id(), MaskedEmail.of(outgoing.recipient()),
                    failure.getMessage());
        }
    }

    private void pause() {
        try {
            wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
