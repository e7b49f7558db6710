package com.necxian.refunds.notification.domain;

import java.util.Map;

/**
 * An e-mail to render and send once. The dedupe key names what it is about: a refund's status
 * ({@code refund:<refundId>:<status>}) or a policy version for one address ({@code policy:<version>:<email>}).
 */
public record Draft(String dedupeKey, MailTemplate template, String refundId, String orderNumber, String eventId,
        String recipient, String subject, Map<String, Object> variables) {

    public static String refundKey(String refundId, MailTemplate template) {
        return "refund:" + refundId + ":" + template.name();
    }

    public static String policyKey(int policyVersion, String email) {
        return "policy:" + policyVersion + ":" + email.toLowerCase(java.util.Locale.ROOT);
    }
}
