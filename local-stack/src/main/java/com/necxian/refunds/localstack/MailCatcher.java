package com.necxian.refunds.localstack;

import java.lang.reflect.Proxy;
import java.nio.file.Path;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
        int smtpPort = Integer.parseInt(args[1]);
        int httpPort = Integer.parseInt(args[2]);
        MailStore store = MailStore.open(Path.of(args[3]), Integer.parseInt(args[4]));
        var greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            try {
                store.add(message.getMessage(), address.getEmail());
            } catch (java.io.IOException e) {
                throw new jakarta.mail.MessagingException("could not store the message", e);
            }
            return DISCARD;
        });
        greenMail.start();
        MailViewer viewer = MailViewer.start(httpPort, store);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            viewer.close();
            greenMail.stop();
        }));
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }
}
