package com.necxian.refunds.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) that keeps every message it receives. */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start(int port) {
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public List<MimeMessage> receivedBy(String recipient) {
        return List.of(greenMail.getReceivedMessagesForDomain(recipient));
    }

    /** A message as the server stored it, with the time it finished receiving it. */
    public record Delivery(Instant receivedAt, MimeMessage message) {
    }

    /**
     * Removes and returns every message received so far, each with its receive time: a load run reads mail as it
     * arrives without the server keeping hundreds of thousands of messages. Only the messages returned are removed;
     * one arriving meanwhile stays for the next call.
     */
    public List<Delivery> takeReceived() {
        List<Delivery> taken = new ArrayList<>();
        try {
            for (GreenMailUser user : users()) {
                MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
                for (StoredMessage stored : inbox.getMessages()) {
                    taken.add(new Delivery(stored.getReceivedDate().toInstant(), stored.getMimeMessage()));
                    inbox.setFlags(new Flags(Flags.Flag.DELETED), true, stored.getUid(), null, false);
                }
                inbox.expunge();
            }
        } catch (FolderException e) {
            throw new IllegalStateException("cannot read the received mail", e);
        }
        return taken;
    }

    /** GreenMail's users (one per recipient), read again when one was added (on its first mail) meanwhile. */
    private List<GreenMailUser> users() {
        while (true) {
            try {
                return List.copyOf(greenMail.getUserManager().listUser());
            } catch (ConcurrentModificationException addedMeanwhile) {
                // GreenMail keeps its users in a plain map; the next read sees the new one too
            }
        }
    }

    /** Stops accepting mail, to test an outage; {@link #resume()} starts it again on the same port. */
    public void stop() {
        greenMail.stop();
    }

    public void resume() {
        greenMail.start();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
