package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * kill -9 of notification-service while it sends a load of e-mails, then a restart, counting at the SMTP server:
 * every (refund, status) arrives, each once, except that those whose acknowledgement came in the moment before their
 * SENT record (notifications.resend.window, printed) may arrive twice: then both copies carry the same
 * Message-ID, derived from (refund, status). SENT is recorded in groups of at most
 * {@code necxian.notification.delivery.sent-group-size} (5) per sender thread, within milliseconds of the first
 * acknowledgement, so at most one group per sender thread can be caught in it.
 */
class NotificationKilledWhileSendingTest {

    static final int REFUNDS = 60;
    static final int MAILS_PER_REFUND = 3; // received, approved, processed
    static final int SENDER_THREADS = 2;
    static final int SENT_GROUP_SIZE = 5;

    final RunningSystem system = RunningSystem.get();

    @Test
    void eachStatusIsMailedOnceOrItsRepeatCarriesTheSameMessageId() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Set<String> recipients = new HashSet<>();
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < REFUNDS; i++) {
            String email = "kill-mail-" + run + "-" + i + "@example.com";
            var accepted = system.submit(RefundFlowTest.refundRequest("NX-KILL-MAIL-" + UUID.randomUUID(), email,
                    delivered));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            recipients.add(email);
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> mailTo(recipients).size() >= REFUNDS / 2);

        system.services.killAndRestart("notification-service", Duration.ofMinutes(3));

        await().atMost(Duration.ofMinutes(3)).until(() -> byStatus(mailTo(recipients)).size(),
                count -> count == REFUNDS * MAILS_PER_REFUND);
        Map<String, List<MimeMessage>> byStatus = byStatus(mailTo(recipients));
        Map<String, List<MimeMessage>> repeated = byStatus.entrySet().stream()
                .filter(e -> e.getValue().size() > 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf("kill -9 of notification-service: %d of %d e-mails arrived twice; resend window %s%n",
                repeated.size(), byStatus.size(), resendWindow());
        assertThat(repeated).as("repeats only from the crash window").hasSizeLessThanOrEqualTo(SENDER_THREADS * SENT_GROUP_SIZE)
                .allSatisfy((status, copies) -> assertThat(copies).hasSize(2)
                        .extracting(NotificationKilledWhileSendingTest::messageId).containsOnly(messageId(copies.get(0))));
        assertThat(byStatus.values()).allSatisfy(copies -> assertThat(messageId(copies.get(0)))
                .matches("<refund\\.[0-9a-f-]{36}\\.(received|approved|processed)@necxian\\.example>"));
    }

    private List<MimeMessage> mailTo(Set<String> recipients) {
        return system.infrastructure.mail().received().stream().filter(m -> recipients.contains(recipient(m)))
                .toList();
    }

    /** The messages per (recipient, subject): one refund's status each. */
    static Map<String, List<MimeMessage>> byStatus(List<MimeMessage> messages) {
        return messages.stream().collect(Collectors.groupingBy(m -> recipient(m) + " " + subject(m)));
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** notifications.resend.window of the restarted service: count, total and longest, from its metrics. */
    private String resendWindow() throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(system.url("notification-service") + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        return metrics.body().lines().filter(line -> line.startsWith("notifications_resend_window"))
                .collect(Collectors.joining("; "));
    }
}
