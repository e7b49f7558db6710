package com.necxian.refunds.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The payment provider as every payment-service instance sees it: one Stripe-like refunds API shared by all, which
 * honours Idempotency-Key as Stripe does (the same key returns the refund made the first time). It counts the
 * refunds it really created, per refund id: the outside world's view of how often money moved.
 */
final class FakeStripe implements AutoCloseable {

    record CreatedRefund(String id, String refundId, long amountMinor, String paymentIntent) {
    }

    private final HttpServer server;
    private final Map<String, CreatedRefund> byIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong refundCalls = new AtomicLong();

    private FakeStripe(HttpServer server) {
        this.server = server;
    }

    static FakeStripe start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            FakeStripe stripe = new FakeStripe(server);
            server.createContext("/v1/", stripe::handle);
            server.start();
            return stripe;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every refund created, one per idempotency key. */
    List<CreatedRefund> created() {
        return List.copyOf(byIdempotencyKey.values());
    }

    long refundCalls() {
        return refundCalls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.startsWith("/v1/payment_intents/")) {
            String id = path.substring("/v1/payment_intents/".length());
            answer(exchange, 200, """
                    {"id": "%s", "object": "payment_intent", "amount": 1000000, "currency": "eur"}""".formatted(id));
        } else if (method.equals("POST") && path.equals("/v1/refunds")) {
            refundCalls.incrementAndGet();
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            CreatedRefund refund = byIdempotencyKey.computeIfAbsent(key, k -> new CreatedRefund(
                    "re_" + sequence.incrementAndGet(), form.get("metadata[refund_id]"),
                    Long.parseLong(form.get("amount")), form.get("payment_intent")));
            answer(exchange, 200, json(refund));
        } else {
            answer(exchange, 404, """
                    {"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such %s"}}"""
                    .formatted(path));
        }
    }

    private static String json(CreatedRefund refund) {
        return """
                {"id": "%s", "object": "refund", "amount": %d, "currency": "eur", "payment_intent": "%s",
                 "status": "succeeded", "failure_reason": null, "metadata": {"refund_id": "%s"}}"""
                .formatted(refund.id(), refund.amountMinor(), refund.paymentIntent(), refund.refundId());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
