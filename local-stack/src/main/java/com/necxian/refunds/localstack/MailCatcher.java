package com.necxian.refunds.localstack;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;

/**
 * The local SMTP catcher, run as its own small JVM by the launcher ({@code --mail-catcher}): GreenMail receives on
 * the SMTP port and hands every message to a {@link MailStore} on disk instead of keeping it (a long run would fill
 * the heap), and {@link MailViewer} pages through them. Prints one line when ready.
 */
final class MailCatcher {

    static final String READY = "mail catcher ready";

    /** A mailbox that keeps nothing: GreenMail delivers to it after the store has the message. */
    private static final GreenMailUser DISCARD = (GreenMailUser) Proxy.newProxyInstance(
            GreenMailUser.class.getClassLoader(), new Class<?>[] {GreenMailUser.class}, (proxy, method, args) -> null);

    private MailCatcher() {
    }

    /** Arguments: SMTP port, HTTP port, directory, how many messages to keep. */
    static void main(String[] args) throws InterruptedException {
        Running catcher = start(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                Integer.parseInt(args[4]));
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::close));
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }

    static Running start(int smtpPort, int httpPort, Path directory, int keep) {
        MailStore store = MailStore.open(directory, keep);
        var greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            try {
                store.add(message.getMessage(), address.getEmail());
            } catch (IOException e) {
                throw new MessagingException("could not store the message", e);
            }
            return DISCARD;
        });
        greenMail.start();
        return new Running(greenMail, MailViewer.start(httpPort, store));
    }

    record Running(GreenMail smtp, MailViewer viewer) implements AutoCloseable {

        @Override
        public void close() {
            viewer.close();
            smtp.stop();
        }
    }
}
