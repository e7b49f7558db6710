package com.necxian.refunds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class BasicCredentialsTest {

    private final BasicCredentials reviewer = new BasicCredentials("reviewer", "local-reviewer");

    @ParameterizedTest
    @ValueSource(strings = {
            "Basic cmV2aWV3ZXI6bG9jYWwtcmV2aWV3ZXI=",
            "basic cmV2aWV3ZXI6bG9jYWwtcmV2aWV3ZXI=",   // the scheme is case-insensitive (RFC 9110)
            "BASIC cmV2aWV3ZXI6bG9jYWwtcmV2aWV3ZXI= ",
    })
    void theUserAndPasswordMatch(String authorization) {
        assertThat(reviewer.matches(authorization)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "Basic",
            "Basic ",
            "Bearer cmV2aWV3ZXI6bG9jYWwtcmV2aWV3ZXI=",
            "Basic not*base64",
            "Basic eDp5",                                  // x:y
    })
    void aMissingOrMalformedHeaderDoesNot(String authorization) {
        assertThat(reviewer.matches(authorization)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "reviewer:wrong",
            "reviewer:",
            "reviewer",
            "someone:local-reviewer",
            ":local-reviewer",
            "reviewer:local-reviewer:",
            "Reviewer:local-reviewer",
            "reviewer :local-reviewer",
    })
    void aWrongUserOrPasswordDoesNot(String pair) {
        assertThat(reviewer.matches(basic(pair))).isFalse();
    }

    @Test
    void aPasswordMayHoldColonsAndAnyCharacter() {
        var credentials = new BasicCredentials("operator", "p:ä:ß");
        assertThat(credentials.matches(basic("operator:p:ä:ß"))).isTrue();
        assertThat(credentials.matches(basic("operator:p:ä"))).isFalse();
    }

    @Test
    void theyAreReadFromTheAuthorizationHeader() {
        var request = new MockHttpServletRequest();
        assertThat(reviewer.arePresentedIn(request)).isFalse();
        request.addHeader("Authorization", basic("reviewer:local-reviewer"));
        assertThat(reviewer.arePresentedIn(request)).isTrue();
    }

    @Test
    void theUserIsKnownButThePasswordNeverShown() {
        assertThat(reviewer.user()).isEqualTo("reviewer");
        assertThat(reviewer.toString()).contains("reviewer").doesNotContain("local-reviewer");
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
