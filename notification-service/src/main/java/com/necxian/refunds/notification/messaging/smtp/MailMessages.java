package com.necxian.refunds.notification.messaging.smtp;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.necxian.refunds.notification.config.NotificationSettings;
import com.necxian.refunds.notification.domain.MessageId;
import com.necxian.refunds.notification.store.Notifications.Outgoing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Builds the MIME message of a notification: multipart/alternative with the plain-text and the HTML part, and a
 * Message-ID derived from its (refund, status) or its policy event ({@link MessageId}), so a resend after a crash is
 * recognisable as the same message.
 */
@Component
class MailMessages {

    /** Jakarta Mail's name for the setting that picks its StreamProvider, and Angus Mail's implementation. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan on every body part, multipart and
        // encoded header (jakartaee/mail-api#861): ~80 % of this service's CPU under the pipeline benchmark. Named
        // here, it is loaded by class name instead, which the class loader answers from its cache.
        System.getProperties().putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
    }

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final String messageIdDomain;

    MailMessages(JavaMailSender sender, NotificationSettings settings) throws MessagingException {
        this.sender = sender;
        this.from = new InternetAddress(settings.from(), true);
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    }

    MimeMessage create(Outgoing outgoing) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(outgoing.recipient(), true));
        helper.setSubject(outgoing.subject());
        helper.setText(outgoing.textBody(), outgoing.htmlBody());
        message.setHeader("Message-ID", MessageId.of(outgoing.refundId(), outgoing.template(), outgoing.eventId(),
                outgoing.recipient(), messageIdDomain));
        return message;
    }
}
