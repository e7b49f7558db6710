package com.necxian.refunds.intake.web;

import static com.necxian.refunds.intake.web.RefundApiTest.KEY;
import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.necxian.refunds.testsupport.RealInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every text and list of the request has a limit: at the limit the request is accepted, one over it is 400 naming
 * that field (and only it); evidence URIs must be absolute https: URIs with a host. No text holds a control
 * character (free text may hold tabs and line breaks) or an unpaired surrogate, and every date lies between 2000 and
 * a year after the request (a subscription may end up to ten years after it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class RequestBoundsTest {

    @Autowired
    MockMvc http;

    @Autowired
    JsonMapper json;

    /** field as reported, where it sits in the body, its limit in characters, a value of a given length. */
    static Stream<Arguments> textLimits() {
        return Stream.of(
                text("orderNumber", "orderNumber", 64, n -> fill("NX-" + UUID.randomUUID(), n)),
                text("customer.id", "customer/id", 64, n -> fill("C-", n)),
                text("customer.email", "customer/email", 254, n -> fill("ana", n - 12) + "@example.com"),
                text("customer.name", "customer/name", 200, n -> fill("Ana ", n)),
                text("payment.reference", "payment/reference", 128, n -> fill("pay_", n)),
                text("description", "description", 4000, n -> fill("Crackles. ", n)),
                text("lines[0].lineId", "lines/0/lineId", 64, n -> fill("L", n)),
                text("lines[0].sku", "lines/0/sku", 64, n -> fill("HP-", n)),
                text("lines[0].description", "lines/0/description", 500, n -> fill("Headphones ", n)),
                text("evidence[0].note", "evidence/0/note", 1000, n -> fill("crack ", n)),
                text("evidence[0].uri", "evidence/0/uri", 2048, n -> fill("https://cdn.example.com/e/", n)));
    }

    private static Arguments text(String field, String path, int limit, IntFunction<String> ofLength) {
        return Arguments.of(field, path, limit, ofLength);
    }

    @ParameterizedTest(name = "{0} of {2} characters is accepted")
    @MethodSource("textLimits")
    void aTextAtItsLimitIsAccepted(String field, String path, int limit, IntFunction<String> ofLength)
            throws Exception {
        submit(body -> set(body, path, ofLength.apply(limit))).andExpect(status().isAccepted());
    }

    @ParameterizedTest(name = "{0} of {2} + 1 characters is 400")
    @MethodSource("textLimits")
    void aTextOneOverItsLimitIs400NamingTheField(String field, String path, int limit, IntFunction<String> ofLength)
            throws Exception {
        submit(body -> set(body, path, ofLength.apply(limit + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", contains(field)))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most " + limit + " characters"));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() throws Exception {
        String face = "\uD83D\uDE00"; // one character, two UTF-16 units

        submit(body -> set(body, "customer/name", face.repeat(200))).andExpect(status().isAccepted());
        submit(body -> set(body, "customer/name", face.repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("customer.name")));
    }

    /** Where every text sits, as reported and in the body. */
    static Stream<Arguments> texts() {
        return textLimits().map(arguments -> Arguments.of(arguments.get()[0], arguments.get()[1]));
    }

    @ParameterizedTest(name = "NUL in {0} is 400")
    @MethodSource("texts")
    void aNulInAnyTextIs400NamingTheField(String field, String path) throws Exception {
        submitWithText(path, "a\\u0000b")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", contains(field)))
                .andExpect(jsonPath("$.errors[0].message", containsString("U+0000")));
    }

    @ParameterizedTest(name = "an unpaired surrogate in {0} is 400")
    @MethodSource("texts")
    void anUnpairedSurrogateInAnyTextIs400NamingTheField(String field, String path) throws Exception {
        submitWithText(path, "a\\ud83db")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains(field)))
                .andExpect(jsonPath("$.errors[0].message", containsString("unpaired UTF-16 surrogate")));
    }

    @ParameterizedTest(name = "control character {0} in customer.name is 400")
    @ValueSource(strings = {"\u0001", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009f"})
    void aControlCharacterInAOneLineTextIs400(String control) throws Exception {
        submit(body -> set(body, "customer/name", "Ana" + control + "Ruiz"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("customer.name")))
                .andExpect(jsonPath("$.errors[0].message", containsString("control characters")));
    }

    @ParameterizedTest(name = "tab and line breaks in {0} are accepted")
    @ValueSource(strings = {"description", "evidence/0/note"})
    void freeTextMayHoldTabsAndLineBreaks(String path) throws Exception {
        submit(body -> set(body, path, "First line\r\nsecond\tline\nthird 😀")).andExpect(status().isAccepted());
    }

    @ParameterizedTest(name = "a line break in {0} is 400")
    @ValueSource(strings = {"lines/0/description", "lines/0/sku", "customer/email"})
    void oneLineTextsRefuseLineBreaks(String path) throws Exception {
        submit(body -> set(body, path, "ana\n@example.com"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("line breaks")));
    }

    /** Every date of a request, as reported and in the body. */
    static Stream<Arguments> dates() {
        return Stream.of(Arguments.of("orderedAt", "orderedAt"), Arguments.of("processedAt", "processedAt"),
                Arguments.of("lines[0].deliveredAt", "lines/0/deliveredAt"),
                Arguments.of("lines[0].serviceStartedAt", "lines/0/serviceStartedAt"),
                Arguments.of("lines[0].subscriptionPeriod.start", "lines/0/subscriptionPeriod/start"));
    }

    @ParameterizedTest(name = "{0} in year +999999999 is 400")
    @MethodSource("dates")
    void aDateFarAheadIs400NamingTheField(String field, String path) throws Exception {
        submitWithDate(path, "+999999999-12-31T23:59:59Z")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", contains(field)))
                .andExpect(jsonPath("$.errors[0].message", containsString("must lie between 2000-01-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0} before 2000 is 400")
    @MethodSource("dates")
    void aDateBefore2000Is400NamingTheField(String field, String path) throws Exception {
        submitWithDate(path, "1999-12-31T23:59:59Z")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains(field)));
    }

    @ParameterizedTest(name = "{0} a year and a day ahead is 400, 2000-01-01 and 360 days ahead are accepted")
    @MethodSource("dates")
    void aDateMayLieFrom2000ToAYearAhead(String field, String path) throws Exception {
        Instant now = Instant.now();
        submitWithDate(path, now.plus(Duration.ofDays(367)).toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains(field)));
        submitWithDate(path, "2000-01-01T00:00:00Z").andExpect(status().isAccepted());
        submitWithDate(path, now.plus(Duration.ofDays(360)).toString()).andExpect(status().isAccepted());
    }

    @Test
    void aSubscriptionMayEndUpToTenYearsAheadAndNotBeforeItStarts() throws Exception {
        Instant now = Instant.now();
        submitWithPeriod("2026-01-01T00:00:00Z", now.plus(Duration.ofDays(9 * 365)).toString())
                .andExpect(status().isAccepted());
        submitWithPeriod("2026-01-01T00:00:00Z", now.plus(Duration.ofDays(10 * 366 + 1)).toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("lines[0].subscriptionPeriod.end")))
                .andExpect(jsonPath("$.errors[0].message", containsString("ten years")));
        submitWithPeriod("2026-01-01T00:00:00Z", "2025-12-31T00:00:00Z")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("lines[0].subscriptionPeriod.end")))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before start"));
    }

    private ResultActions submitWithDate(String path, String date) throws Exception {
        return submit(body -> {
            ((ObjectNode) body.get("lines").get(0)).putObject("subscriptionPeriod")
                    .put("start", "2026-01-01T00:00:00Z").put("end", Instant.now().plus(Duration.ofDays(5 * 365)).toString());
            set(body, path, date);
        });
    }

    private ResultActions submitWithPeriod(String start, String end) throws Exception {
        return submit(body -> ((ObjectNode) body.get("lines").get(0)).putObject("subscriptionPeriod")
                .put("start", start).put("end", end));
    }

    /**
     * The request with the text at {@code path} set to {@code jsonText} as written in JSON (escapes kept as they
     * are, so a lone surrogate reaches the server as the escape it would come as).
     */
    private ResultActions submitWithText(String path, String jsonText) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(request("NX-" + UUID.randomUUID(), "10.00"));
        String marker = "text-" + UUID.randomUUID();
        set(body, path, marker);
        return http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body).replace(marker, jsonText)));
    }

    /** list as reported, its limit in items. */
    static Stream<Arguments> listLimits() {
        return Stream.of(Arguments.of("lines", 100), Arguments.of("evidence", 20));
    }

    @ParameterizedTest(name = "{0} with {1} items is accepted")
    @MethodSource("listLimits")
    void aListAtItsLimitIsAccepted(String list, int limit) throws Exception {
        submit(body -> grow(body, list, limit)).andExpect(status().isAccepted());
    }

    @ParameterizedTest(name = "{0} with {1} + 1 items is 400")
    @MethodSource("listLimits")
    void aListOneOverItsLimitIs400NamingIt(String list, int limit) throws Exception {
        submit(body -> grow(body, list, limit + 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains(list)))
                .andExpect(jsonPath("$.errors[0].message", containsString("at most " + limit)));
    }

    @Test
    void everyFieldOverItsLimitIsListed() throws Exception {
        submit(body -> {
            grow(body, "lines", 101);
            set(body, "customer/name", "n".repeat(201));
            set(body, "lines/0/sku", "s".repeat(65));
            set(body, "evidence/0/note", "e".repeat(1001));
            set(body, "evidence/0/uri", "http://cdn.example.com/e/1.jpg");
        })
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("customer.name", "lines[0].sku",
                        "evidence[0].note", "evidence[0].uri", "lines")));
    }

    @ParameterizedTest(name = "a null item in {0} is 400 naming it")
    @ValueSource(strings = {"lines", "evidence"})
    void aNullItemInAListIs400NamingIt(String list) throws Exception {
        submit(body -> ((ArrayNode) body.get(list)).addNull())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains(list + "[1]")));
    }

    @ParameterizedTest(name = "evidence uri {0} is 400")
    @ValueSource(strings = {"http://cdn.example.com/e/1.jpg", "javascript:alert(1)", "data:image/png;base64,iVBORw0K",
            "file:///etc/passwd", "ftp://cdn.example.com/e/1.jpg", "/e/1.jpg", "e/1.jpg", "//cdn.example.com/e/1.jpg",
            "https:/e/1.jpg", "https:///e/1.jpg", "https:cdn.example.com", "https://user:secret@cdn.example.com/e/1.jpg",
            "https://cdn.example.com/e/1 2.jpg", "https://", ""})
    void anEvidenceUriThatIsNotAnAbsoluteHttpsUriIs400NamingIt(String uri) throws Exception {
        submit(body -> {
            ArrayNode evidence = (ArrayNode) body.get("evidence");
            evidence.add(evidence.get(0).deepCopy());
            set(body, "evidence/1/uri", uri);
        })
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("evidence[1].uri")))
                .andExpect(jsonPath("$.errors[0].message", containsString("https")));
    }

    @ParameterizedTest(name = "evidence uri {0} is accepted")
    @ValueSource(strings = {"https://cdn.example.com/e/1.jpg", "HTTPS://CDN.EXAMPLE.COM/E/1.JPG",
            "https://cdn.example.com:8443/e/1.jpg?size=large#top", "https://203.0.113.7/e/1.jpg"})
    void anAbsoluteHttpsUriWithAHostIsAccepted(String uri) throws Exception {
        submit(body -> set(body, "evidence/0/uri", uri)).andExpect(status().isAccepted());
    }

    @Test
    void theOpenApiSchemaStatesTheLimits() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.RefundRequestBody.properties.description.maxLength")
                        .value(4000))
                .andExpect(jsonPath("$.components.schemas.RefundRequestBody.properties.lines.maxItems").value(100))
                .andExpect(jsonPath("$.components.schemas.RefundRequestBody.properties.evidence.maxItems").value(20))
                .andExpect(jsonPath("$.components.schemas.Customer.properties.name.maxLength").value(200))
                .andExpect(jsonPath("$.components.schemas.Line.properties.sku.maxLength").value(64))
                .andExpect(jsonPath("$.components.schemas.Evidence.properties.uri.maxLength").value(2048))
                .andExpect(jsonPath("$.components.schemas.Evidence.properties.uri.description",
                        containsString("https")));
    }

    /** A valid request (RefundApiTest's) with a fresh order number, changed by {@code change}, posted. */
    private ResultActions submit(Consumer<ObjectNode> change) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(request("NX-" + UUID.randomUUID(), "10.00"));
        change.accept(body);
        return http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    /** Sets the text at a path such as {@code lines/0/sku}. */
    private static void set(ObjectNode body, String path, String value) {
        String[] steps = path.split("/");
        JsonNode node = body;
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(steps[i])) : node.get(steps[i]);
        }
        ((ObjectNode) node).put(steps[steps.length - 1], value);
    }

    /** Makes the list {@code count} items long by copying its first item (lines get distinct lineIds). */
    private static void grow(ObjectNode body, String list, int count) {
        ArrayNode items = (ArrayNode) body.get(list);
        JsonNode first = items.get(0);
        items.removeAll();
        IntStream.rangeClosed(1, count).forEach(i -> {
            ObjectNode item = (ObjectNode) first.deepCopy();
            if (item.has("lineId")) {
                item.put("lineId", String.valueOf(i));
            }
            items.add(item);
        });
    }

    /** {@code start} followed by as many 'x' as make it {@code length} characters. */
    private static String fill(String start, int length) {
        return start + "x".repeat(length - start.length());
    }
}
