package com.necxian.refunds.notification.domain;

/**
 * The e-mails the service sends: one per refund status, plus the policy notice. The rank orders a refund's
 * statuses so a late "under review" notice (after the decision) does not mail stale news. The acknowledgement
 * (RECEIVED, with the request's details) and every decision and outcome are always mailed, even when a later status
 * was mailed first: events of different topics arrive in any order, and a fast pipeline decides a request before
 * its RefundRequested reaches this service.
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

    /** Only "under review" goes stale; the acknowledgement, decisions and outcomes carry what the customer must know. */
    public boolean staleOnceOvertaken() {
        return this == UNDER_REVIEW;
    }
}
