package com.necxian.refunds.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.necxian.refunds.testsupport.MailServer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

/** A page (/) and a JSON API (/api/messages) showing every e-mail the SMTP catcher received. */
final class MailViewer implements AutoCloseable {

    private final HttpServer server;

    private MailViewer(HttpServer server) {
        this.server = server;
    }

    static MailViewer start(int port, MailServer mail) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/api/messages", exchange -> respond(exchange, "application/json",
                    MailRendering.json(mail.received())));
            server.createContext("/", exchange -> respond(exchange, "text/html; charset=utf-8",
                    MailRendering.page(mail.received())));
            server.start();
            return new MailViewer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
