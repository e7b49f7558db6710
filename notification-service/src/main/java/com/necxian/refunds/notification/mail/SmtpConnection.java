package com.necxian.refunds.notification.mail;

import java.util.Date;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a batch, sending one message at a time, so that each message's SENT record follows its
 * own acknowledgement by the server (JavaMailSender sends a whole batch before saying which succeeded).
 */
final class SmtpConnection implements AutoCloseable {

    private final Transport transport;

    private SmtpConnection(Transport transport) {
        this.transport = transport;
    }

    static SmtpConnection open(JavaMailSenderImpl settings) throws MessagingException {
        Transport transport = settings.getSession().getTransport(
                settings.getProtocol() == null ? "smtp" : settings.getProtocol());
        String username = settings.getUsername() == null || settings.getUsername().isEmpty()
                ? null : settings.getUsername();
        transport.connect(settings.getHost(), settings.getPort(), username,
                username == null ? null : settings.getPassword());
        return new SmtpConnection(transport);
    }

    /** Returns once the server accepted the message (its reply to the end of DATA). */
    void send(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges(); // would replace the Message-ID with a random one
        message.setHeader("Message-ID", messageId);
        transport.sendMessage(message, message.getAllRecipients());
    }

    boolean isOpen() {
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
