package com.necxian.refunds.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A page (/) and a JSON API (/api/messages) over the caught e-mails, newest first, a page at a time:
 * {@code ?page=0} (from 0), {@code &size=50} (at most 500), {@code &to=} (part of the recipient's address).
 * The JSON answer is the page's messages; X-Total-Count says how many match.
 */
final class MailViewer implements AutoCloseable {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private final HttpServer server;

    private MailViewer(HttpServer server) {
        this.server = server;
    }

    static MailViewer start(int port, MailStore store) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/api/messages", exchange -> {
                Query query = Query.of(exchange);
                MailStore.Page page = store.page(query.page(), query.size(), query.to());
                exchange.getResponseHeaders().set("X-Total-Count", Integer.toString(page.total()));
                respond(exchange, "application/json", MailRendering.json(page, store));
            });
            server.createContext("/", exchange -> {
                Query query = Query.of(exchange);
                respond(exchange, "text/html; charset=utf-8", MailRendering.page(
                        store.page(query.page(), query.size(), query.to()), store, query.page(), query.size(),
                        query.to()));
            });
            server.start();
            return new MailViewer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Query(int page, int size, String to) {

        static Query of(HttpExchange exchange) {
            Map<String, String> parameters = new HashMap<>();
            String raw = exchange.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        parameters.put(pair.substring(0, eq),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            int size = Math.min(MAX_SIZE, Math.max(1, number(parameters.get("size"), DEFAULT_SIZE)));
            return new Query(Math.max(0, number(parameters.get("page"), 0)), size, parameters.get("to"));
        }

        private static int number(String text, int otherwise) {
            try {
                return text == null ? otherwise : Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return otherwise;
            }
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
