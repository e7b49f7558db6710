package com.necxian.refunds.testsupport;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
