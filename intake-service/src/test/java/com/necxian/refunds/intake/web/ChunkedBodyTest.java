package com.necxian.refunds.intake.web;

import static com.necxian.refunds.intake.web.RefundApiTest.KEY;
import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.intake.domain.RequestLimits;
import com.necxian.refunds.intake.store.IdempotencyKeys;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.TopicContents;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 256 KiB limit over a real socket, for bodies sent chunked (no Content-Length to check first): the server is
 * seen receiving each body chunked, a body over the limit, wherever the limit is passed, answers 413 and leaves no
 * Idempotency-Key claim and no event behind; a body of exactly the limit is accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ChunkedBodyTest {

    static final int LIMIT = (int) RequestLimits.BODY_BYTES;

    /** How each request reached the server, by its Idempotency-Key: to be sure the body came chunked. */
    static final Map<String, String> framing = new ConcurrentHashMap<>();

    @TestConfiguration
    static class FramingRecorder {

        @Bean
        OncePerRequestFilter recordFraming() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
                    String key = request.getHeader("Idempotency-Key");
                    if (key != null) {
                        framing.put(key, "Transfer-Encoding: " + request.getHeader("Transfer-Encoding")
                                + ", Content-Length: " + request.getContentLengthLong());
                    }
                    chain.doFilter(request, response);
                }
            };
        }
    }

    static final String CHUNKED = "Transfer-Encoding: chunked, Content-Length: -1";

    @LocalServerPort
    int port;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static Stream<Arguments> bodiesOverTheLimit() {
        String bulk = "x".repeat(300 * 1024);
        return Stream.of(
                Arguments.of("a valid request padded with whitespace to one byte over the limit",
                        (UnaryOperator<String>) body -> padTo(body, LIMIT + 1)),
                Arguments.of("the limit passed inside a line's description (Jackson reports the property's path)",
                        (UnaryOperator<String>) body -> body.replace("\"Headphones\"", "\"" + bulk + "\"")),
                Arguments.of("the limit passed inside the top-level description",
                        (UnaryOperator<String>) body -> body.replace("Left earcup", bulk)),
                Arguments.of("the limit passed after the JSON document",
                        (UnaryOperator<String>) body -> body + " ".repeat(300 * 1024)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesOverTheLimit")
    void aChunkedBodyOverTheLimitIs413AndChangesNothing(String name, UnaryOperator<String> enlarge) throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = "k-" + orderNumber;
        String body = enlarge.apply(request(orderNumber, "10.00"));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LIMIT);

        HttpResponse<String> answer = post(chunked(body), key);

        assertThat(framing.get(key)).isEqualTo(CHUNKED);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("type").asString()).isEqualTo("https://necxian.example/problems/content-too-large");
        assertThat(problem.get("title").asString()).isEqualTo("Content too large");
        assertThat(problem.get("detail").asString()).contains("256 KiB");
        assertThat(keys.find(key)).as("no Idempotency-Key claim").isEmpty();
        assertThat(eventsFor(orderNumber)).as("no RefundRequested").isZero();
    }

    @Test
    void aChunkedBodyOfExactlyTheLimitIsAccepted() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = "k-" + orderNumber;
        String body = padTo(request(orderNumber, "10.00"), LIMIT);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);

        HttpResponse<String> answer = post(chunked(body), key);

        assertThat(framing.get(key)).isEqualTo(CHUNKED);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(keys.find(key)).isPresent();
        assertThat(eventsFor(orderNumber)).isEqualTo(1);
    }

    @Test
    void aSmallChunkedBodyIsAccepted() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = "k-" + orderNumber;

        HttpResponse<String> answer = post(chunked(request(orderNumber, "10.00")), key);

        assertThat(framing.get(key)).isEqualTo(CHUNKED);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(json.readTree(answer.body()).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(eventsFor(orderNumber)).isEqualTo(1);
    }

    @Test
    void aDeclaredContentLengthOverTheLimitIs413WithTheSameProblem() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = "k-" + orderNumber;
        byte[] body = padTo(request(orderNumber, "10.00"), LIMIT + 1).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofByteArray(body), key);

        assertThat(answer.statusCode()).isEqualTo(413);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://necxian.example/problems/content-too-large");
        assertThat(problem.get("title").asString()).isEqualTo("Content too large");
        assertThat(problem.get("detail").asString()).contains("256 KiB");
        assertThat(keys.find(key)).isEmpty();
        assertThat(eventsFor(orderNumber)).isZero();
    }

    /** A body of unknown length: HttpClient sends it with Transfer-Encoding: chunked. */
    private static BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private HttpResponse<String> post(BodyPublisher body, String idempotencyKey) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/refunds"))
                .timeout(Duration.ofSeconds(30)).header("X-Api-Key", KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON with whitespace after its opening brace, to exactly {@code bytes} bytes (it is ASCII). */
    static String padTo(String json, int bytes) {
        int missing = bytes - json.getBytes(StandardCharsets.UTF_8).length;
        assertThat(missing).isNotNegative();
        return "{" + " ".repeat(missing) + json.substring(json.indexOf('{') + 1);
    }

    private static long eventsFor(String orderNumber) {
        return TopicContents.withKey(Infrastructure.shared().kafka().bootstrapServers(), Topics.REFUND_REQUESTED,
                orderNumber).size();
    }
}
