package com.necxian.refunds.localstack;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/** A page of caught messages as JSON and as a plain HTML page, newest first. */
final class MailRendering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MailRendering() {
    }

    static String json(MailStore.Page page, MailStore store) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MailStore.Summary summary : page.messages()) {
            MimeMessage message = store.read(summary);
            out.add(Map.of("to", summary.to(), "subject", summary.subject(), "sentAt", summary.sentAt(),
                    "messageId", summary.messageId(), "text", message == null ? "" : part(message, "text/plain"),
                    "html", message == null ? "" : part(message, "text/html")));
        }
        return JSON.writeValueAsString(out);
    }

    static String page(MailStore.Page page, MailStore store, int number, int size, String to) {
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Necxian local mail</title>"
                + "<style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;margin:1em 0;"
                + "padding:1em}iframe{width:100%;height:22em;border:0}</style><h1>E-mails sent (" + page.total()
                + ")</h1><form><input name=to placeholder=recipient value=\"" + escape(to == null ? "" : to)
                + "\"> <button>Filter</button></form>");
        html.append(navigation(page.total(), number, size, to));
        for (MailStore.Summary summary : page.messages()) {
            MimeMessage message = store.read(summary);
            html.append("<article><b>").append(escape(summary.subject())).append("</b><br>To: ")
                    .append(escape(summary.to())).append(" &middot; ").append(summary.sentAt())
                    .append("<iframe sandbox srcdoc=\"")
                    .append(escape(message == null ? "" : part(message, "text/html"))).append("\"></iframe></article>");
        }
        return html.toString();
    }

    /** Where this page is, links to the newer and older pages and to the same page as JSON. */
    private static String navigation(int total, int number, int size, String to) {
        String query = "&size=" + size + (to == null ? "" : "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
        StringBuilder html = new StringBuilder("<p>Page " + (number + 1) + " of "
                + Math.max(1, (total + size - 1) / size) + ", newest first. ");
        if (number > 0) {
            html.append(link("?page=" + (number - 1) + query, "newer")).append(' ');
        }
        if ((long) (number + 1) * size < total) {
            html.append(link("?page=" + (number + 1) + query, "older")).append(' ');
        }
        return html.append("&middot; JSON: ").append(link("/api/messages?page=" + number + query, "/api/messages"))
                .append("</p>").toString();
    }

    private static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + text + "</a>";
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
