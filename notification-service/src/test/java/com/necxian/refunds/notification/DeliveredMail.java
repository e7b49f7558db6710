package com.necxian.refunds.notification;

import java.io.IOException;
import java.util.List;

import com.necxian.refunds.testsupport.Infrastructure;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A message the SMTP server (GreenMail) received, with its plain-text and HTML parts. */
public record DeliveredMail(String recipient, String from, String subject, String text, String html,
        String messageId) {

    public static List<DeliveredMail> to(String recipient) {
        return Infrastructure.shared().mail().received().stream().map(DeliveredMail::of)
                .filter(mail -> mail.recipient().equalsIgnoreCase(recipient)).toList();
    }

    static DeliveredMail of(MimeMessage message) {
        try {
            String[] parts = new String[2];
            collect(message, parts);
            return new DeliveredMail(message.getAllRecipients()[0].toString(), message.getFrom()[0].toString(),
                    message.getSubject(), parts[0], parts[1], message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = part.getContent().toString().replace("\r\n", "\n");
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = part.getContent().toString().replace("\r\n", "\n");
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, parts);
            }
        }
    }

    /** The HTML part reduced to its words, for checking sentences that span tags and line breaks. */
    public String htmlText() {
        return html.replaceAll("(?s)<head>.*</head>", "").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:)])", "$1").replace("( ", "(").strip();
    }

    /** The text part with its line breaks folded, for checking sentences. */
    public String plain() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
