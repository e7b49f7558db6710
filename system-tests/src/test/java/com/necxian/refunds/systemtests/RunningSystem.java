package com.necxian.refunds.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RefundServices;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The four services, started once for all system tests in this JVM, and a small HTTP client for them. */
final class RunningSystem {

    static final String STOREFRONT_KEY = "local-storefront-key";
    static final String REVIEWER = basic("reviewer", "local-reviewer");
    static final String OPERATOR = basic("operator", "local-operator");

    private static RunningSystem shared;

    final Infrastructure infrastructure;
    final RefundServices services;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private RunningSystem(Infrastructure infrastructure, RefundServices services) {
        this.infrastructure = infrastructure;
        this.services = services;
    }

    static synchronized RunningSystem get() {
        if (shared == null) {
            Infrastructure infrastructure = Infrastructure.shared();
            // static members, as deployed with a stable instance id: a killed and restarted service gets its partitions
            // back at once (one instance per service, so one id serves every service's group)
            RefundServices services = RefundServices.startOn(infrastructure, Path.of("target", "service-logs"),
                    Map.of("necxian.messaging.membership.instance-id", "system-tests-0"), Duration.ofSeconds(180));
            Runtime.getRuntime().addShutdownHook(new Thread(services::close));
            shared = new RunningSystem(infrastructure, services);
        }
        return shared;
    }

    String url(String service) {
        return services.url(service);
    }

    HttpResponse<String> submit(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("intake-service") + "/api/v1/refunds"))
                .header("X-Api-Key", STOREFRONT_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON answer of a GET, or null unless 200. */
    JsonNode get(String url, String header, String value) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    JsonNode status(String refundId) throws Exception {
        return get(url("intake-service") + "/api/v1/refunds/" + refundId, "X-Api-Key", STOREFRONT_KEY);
    }

    JsonNode json(String text) {
        return json.readTree(text);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
