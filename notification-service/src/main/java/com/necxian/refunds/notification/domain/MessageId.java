package com.necxian.refunds.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Message-ID of an e-mail, derived from what it is about so that a message sent again (after a crash in the
 * moment between the server's acknowledgement and the SENT record) carries the same id and is recognisable
 * downstream: {@code <refund.<refundId>.<status>@domain>} for a refund's status, and
 * {@code <policy.<eventId>.<recipient hash>@domain>} for a policy notice (the address itself stays out of it).
 */
public final class MessageId {

    private MessageId() {
    }

    public static String of(String refundId, MailTemplate template, String eventId, String recipient,
            String domain) {
        String local = refundId != null
                ? "refund." + atom(refundId) + "." + template.name().toLowerCase(Locale.ROOT)
                : "policy." + atom(eventId) + "." + hash(recipient.toLowerCase(Locale.ROOT));
        return "<" + local + "@" + domain + ">";
    }

    /** Keeps the id a dot-atom (RFC 5322) whatever the refund id holds. */
    private static String atom(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
