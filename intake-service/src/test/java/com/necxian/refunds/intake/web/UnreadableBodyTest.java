package com.necxian.refunds.intake.web;

import static com.necxian.refunds.intake.web.RefundApiTest.KEY;
import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.necxian.refunds.testsupport.RealInfrastructure;

/**
 * Whatever the parser cannot turn into a request is 400 problem+json with {@code errors} naming where it failed
 * (the field when the parser knows it, else {@code body}): never a 500 and never Spring's default error body.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class UnreadableBodyTest {

    static final String VALID = request("NX-UNREADABLE", "10.00");

    @Autowired
    MockMvc http;

    /** what is wrong, the body, the field named in errors. */
    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("truncated inside a value", VALID.substring(0, VALID.indexOf("e/1.jpg")), "evidence[0].uri"),
                Arguments.of("truncated between values", VALID.substring(0, VALID.indexOf("\"lines\"")), "body"),
                Arguments.of("empty", "", "body"),
                Arguments.of("JSON null", "null", "body"),
                Arguments.of("an array", "[" + VALID + "]", "body"),
                Arguments.of("a number", "42", "body"),
                Arguments.of("a property named twice", VALID.replace("\"currency\": \"EUR\"",
                        "\"currency\": \"EUR\", \"currency\": \"USD\""), "body"),
                Arguments.of("nesting 2,000 deep", VALID.replace("\"description\": \"Left",
                        "\"x\": " + "[".repeat(2000) + "]".repeat(2000) + ", \"description\": \"Left"), "body"),
                Arguments.of("a quantity beyond int", VALID.replace("\"quantity\": 1", "\"quantity\": 2147483648"),
                        "lines[0].quantity"),
                Arguments.of("a quantity of 1e400", VALID.replace("\"quantity\": 1", "\"quantity\": 1e400"),
                        "lines[0].quantity"),
                Arguments.of("a fractional quantity", VALID.replace("\"quantity\": 1", "\"quantity\": 1.5"),
                        "lines[0].quantity"),
                Arguments.of("a customer that is a string", VALID.replaceFirst("\"customer\": \\{[^}]*}",
                        "\"customer\": \"Ana\""), "customer"),
                Arguments.of("lines that are an object", VALID.replace("\"lines\": [", "\"lines\": {\"a\": [")
                        .replaceFirst("}]}\\s*$", "}]}}"), "lines"),
                Arguments.of("a date that is no date", VALID.replace("2026-11-01T10:00:00Z", "yesterday"),
                        "orderedAt"),
                Arguments.of("a date beyond Instant", VALID.replace("2026-11-01T10:00:00Z",
                        "+1000000001-01-01T00:00:00Z"), "orderedAt"));
    }

    @ParameterizedTest(name = "{0}: 400 naming {2}")
    @MethodSource("unreadable")
    void anUnreadableBodyIs400NamingWhereItFailed(String what, String body, String field) throws Exception {
        post(body.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void bytesThatAreNotUtf8Are400() throws Exception {
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        int at = VALID.indexOf("Ana Ruiz");
        body[at] = (byte) 0xC3; // starts a two-byte sequence that the next byte does not continue
        post(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customer.name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("not well-formed JSON")));
    }

    @Test
    void aNullItemInALineListIsNamed() throws Exception {
        post(VALID.replace("\"lines\": [", "\"lines\": [null, ").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0]"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    private ResultActions post(byte[] body) throws Exception {
        return http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/refunds")
                .header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
