package com.necxian.refunds.notification.application;

import com.necxian.refunds.notification.store.Notifications.Outgoing;

/**
 * Where e-mails are handed over (outbound port; the SMTP adapter implements it): a connection per batch, one message
 * at a time, so each message's acknowledgement is known on its own.
 */
public interface Mailbox {

    Connection connect() throws MailNotSent;

    /** One open connection; {@link #send} returns once the server accepted the message. */
    interface Connection extends AutoCloseable {

        void send(Outgoing outgoing) throws MailNotSent;

        boolean isOpen();

        @Override
        void close();
    }
}
