package com.necxian.refunds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class UnauthorizedProblemTest {

    @Test
    void aBasicChallengeIs401ProblemJsonWithTheRealm() throws Exception {
        var response = new MockHttpServletResponse();
        UnauthorizedProblem.basic("payment-service", "Send the operator's credentials.").writeTo(response);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"payment-service\"");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unauthorized\","
                + "\"status\":401,\"detail\":\"Send the operator's credentials.\"}");
    }

    @Test
    void withoutAChallengeThereIsNoWwwAuthenticateHeader() throws Exception {
        var response = new MockHttpServletResponse();
        UnauthorizedProblem.withoutChallenge("Send the key.").writeTo(response);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.containsHeader("WWW-Authenticate")).isFalse();
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).endsWith("\"detail\":\"Send the key.\"}");
    }

    @Test
    void theDetailIsJsonEscaped() {
        assertThat(UnauthorizedProblem.withoutChallenge("a \"quoted\" \\ line\n").body())
                .endsWith("\"detail\":\"a \\\"quoted\\\" \\\\ line\\u000a\"}");
    }

    @Test
    void aRealmCannotBreakOutOfItsQuotes() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnauthorizedProblem.basic("a\"b", "x"));
    }
}
