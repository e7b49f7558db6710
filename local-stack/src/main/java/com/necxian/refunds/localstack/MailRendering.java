package com.necxian.refunds.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/** Received messages as JSON and as a plain HTML page, newest first. */
final class MailRendering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MailRendering() {
    }

    static String json(List<MimeMessage> messages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MimeMessage message : newestFirst(messages)) {
            out.add(Map.of("to", recipients(message), "subject", subject(message),
                    "sentAt", String.valueOf(sentAt(message)), "text", part(message, "text/plain"),
                    "html", part(message, "text/html")));
        }
        return JSON.writeValueAsString(out);
    }

    static String page(List<MimeMessage> messages) {
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Necxian local mail</title>"
                + "<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;margin:1em 0;"
                + "padding:1em}iframe{width:100%;height:22em;border:0}</style><h1>E-mails sent ("
                + messages.size() + ")</h1><p>JSON: <a href=/api/messages>/api/messages</a></p>");
        for (MimeMessage message : newestFirst(messages)) {
            html.append("<article><b>").append(escape(subject(message))).append("</b><br>To: ")
                    .append(escape(recipients(message))).append(" &middot; ").append(sentAt(message))
                    .append("<iframe sandbox srcdoc=\"").append(escape(part(message, "text/html")))
                    .append("\"></iframe></article>");
        }
        return html.toString();
    }

    private static List<MimeMessage> newestFirst(List<MimeMessage> messages) {
        List<MimeMessage> copy = new ArrayList<>(messages);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String recipients(MimeMessage message) {
        try {
            return String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString)
                    .toList());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static Object sentAt(MimeMessage message) {
        try {
            return message.getSentDate() == null ? "" : message.getSentDate().toInstant();
        } catch (MessagingException e) {
            return "";
        }
    }

    static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            return GreenMailUtil.getBody(part);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
