package com.necxian.refunds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiKeyTest {

    private final ApiKey key = new ApiKey("storefront-secret");

    @Test
    void theSameKeyMatches() {
        assertThat(key.matches("storefront-secret")).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "storefront-secreT", "storefront-secret ", "storefront", "storefront-secret-2"})
    void anyOtherOrNoKeyDoesNot(String presented) {
        assertThat(key.matches(presented)).isFalse();
    }

    @Test
    void itIsReadFromTheXApiKeyHeader() {
        var request = new MockHttpServletRequest();
        assertThat(key.isPresentedIn(request)).isFalse();
        request.addHeader("X-Api-Key", "storefront-secret");
        assertThat(key.isPresentedIn(request)).isTrue();
    }

    @Test
    void itNeverShowsTheKey() {
        assertThat(key.toString()).doesNotContain("secret");
    }
}
