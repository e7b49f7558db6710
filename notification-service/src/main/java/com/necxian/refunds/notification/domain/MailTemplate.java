package com.necxian.refunds.notification.domain;

/**
 * The e-mails the service sends: one per refund status, plus the policy notice. The rank orders a refund's
 * statuses so a late progress notice (say RECEIVED after APPROVED) does not mail stale news; a decision is never
 * dropped, even when the payment outcome was mailed first (events of different topics may arrive in any order).
 */
public enum MailTemplate {
    RECEIVED("received", 0), UNDER_REVIEW("under-review", 1), APPROVED("approved", 2), DENIED("denied", 2),
    PROCESSED("processed", 3), FAILED("failed", 3), POLICY_CHANGED("policy-changed", -1);

    private final String file;
    private final int rank;

    MailTemplate(String file, int rank) {
        this.file = file;
        this.rank = rank;
    }

    /** The base name of the template files: {@code templates/mail/<file>.html} and {@code .txt}. */
    public String file() {
        return file;
    }

    public int rank() {
        return rank;
    }

    /** Only progress notices go stale; decisions and outcomes carry what the customer must know. */
    public boolean staleOnceOvertaken() {
        return this == RECEIVED || this == UNDER_REVIEW;
    }
}
