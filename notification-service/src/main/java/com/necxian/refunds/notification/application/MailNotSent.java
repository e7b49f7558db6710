package com.necxian.refunds.notification.application;

/**
 * A message (or a connection) the mailbox did not take, and why; the description names no address (SMTP errors
 * quote the recipient).
 */
public class MailNotSent extends Exception {

    public enum Reason {
        /** The server could not be reached or the connection broke: retried for as long as it takes. */
        UNREACHABLE,
        /** The server refused this message or its address: retried a few times, then given up. */
        REJECTED,
        /** The message could not even be built (e.g. an address that is not one): given up at once. */
        MALFORMED
    }

    private final Reason reason;

    public MailNotSent(Reason reason, String description) {
        super(description);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
