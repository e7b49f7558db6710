package com.necxian.refunds.notification.messaging.smtp;

import java.util.Date;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.necxian.refunds.notification.application.MailNotSent;
import com.necxian.refunds.notification.application.MailNotSent.Reason;
import com.necxian.refunds.notification.application.Mailbox;
import com.necxian.refunds.notification.store.Notifications.Outgoing;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a batch, sending one message at a time, so that each message's SENT record follows its
 * own acknowledgement by the server (JavaMailSender sends a whole batch before saying which succeeded).
 */
final class SmtpConnection implements Mailbox.Connection {

    private final Transport transport;
    private final MailMessages messages;

    private SmtpConnection(Transport transport, MailMessages messages) {
        this.transport = transport;
        this.messages = messages;
    }

    static SmtpConnection open(JavaMailSenderImpl settings, MailMessages messages) throws MessagingException {
        Transport transport = settings.getSession().getTransport(
                settings.getProtocol() == null ? "smtp" : settings.getProtocol());
        String username = settings.getUsername() == null || settings.getUsername().isEmpty()
                ? null : settings.getUsername();
        transport.connect(settings.getHost(), settings.getPort(), username,
                username == null ? null : settings.getPassword());
        return new SmtpConnection(transport, messages);
    }

    /** Returns once the server accepted the message (its reply to the end of DATA). */
    @Override
    public void send(Outgoing outgoing) throws MailNotSent {
        MimeMessage message;
        try {
            message = messages.create(outgoing);
        } catch (MessagingException e) {
            throw new MailNotSent(Reason.MALFORMED, SmtpMailbox.describe(e));
        }
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            String messageId = message.getMessageID();
            message.saveChanges(); // would replace the Message-ID with a random one
            message.setHeader("Message-ID", messageId);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw SmtpMailbox.notSent(e);
        }
    }

    @Override
    public boolean isOpen() {
        return transport.isConnected();
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the messages are sent or recorded as not sent; a failing QUIT changes neither
        }
    }
}
