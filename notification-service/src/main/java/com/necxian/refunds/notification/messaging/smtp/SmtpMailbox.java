package com.necxian.refunds.notification.messaging.smtp;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import com.necxian.refunds.notification.application.MailNotSent;
import com.necxian.refunds.notification.application.MailNotSent.Reason;
import com.necxian.refunds.notification.application.Mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * The mailbox is an SMTP server (Spring Boot's {@code spring.mail.*} settings): an outbound adapter beside the Kafka
 * ones, as both carry what the service says to the outside.
 */
@Component
class SmtpMailbox implements Mailbox {

    private final JavaMailSenderImpl settings;
    private final MailMessages messages;

    SmtpMailbox(JavaMailSenderImpl settings, MailMessages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public Connection connect() throws MailNotSent {
        try {
            return SmtpConnection.open(settings, messages);
        } catch (MessagingException e) {
            throw notSent(e);
        }
    }

    /** Rejected when the server refused this message or its address; otherwise it was not reachable. */
    static MailNotSent notSent(MessagingException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException || t instanceof AddressException) {
                return new MailNotSent(Reason.REJECTED, describe(failure));
            }
        }
        return new MailNotSent(Reason.UNREACHABLE, describe(failure));
    }

    /** The failure without addresses in it (SMTP errors quote the recipient). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.replaceAll("[^\\s<>@]+@[^\\s<>]+", "***@***");
    }
}
