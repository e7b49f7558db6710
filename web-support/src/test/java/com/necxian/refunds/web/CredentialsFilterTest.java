package com.necxian.refunds.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

class CredentialsFilterTest {

    private static final UnauthorizedProblem NO_KEY = UnauthorizedProblem.basic("test", "Send the key.");

    private final CredentialsFilter filter = new CredentialsFilter("/api/", NO_KEY) {
        private final ApiKey key = new ApiKey("k");

        @Override
        protected boolean authenticate(HttpServletRequest request) {
            return key.isPresentedIn(request);
        }

        @Override
        protected UnauthorizedProblem unauthorized(HttpServletRequest request) {
            return request.getRequestURI().endsWith("/y")
                    ? UnauthorizedProblem.withoutChallenge("Send the key for y.") : super.unauthorized(request);
        }
    };

    @ParameterizedTest
    @CsvSource({
            "/api/v1/x,       k,     200",
            "/api/v1/x,       wrong, 401",
            "/api/v1/x,       '',    401",
            "/api/v1/y,       '',    401",
            "/actuator/health, wrong, 200",   // outside the guarded paths nothing is asked
            "/apix,            wrong, 200",
    })
    void guardedPathsNeedCredentials(String path, String key, int status) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        if (!key.isEmpty()) {
            request.addHeader(ApiKey.HEADER, key);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(chain.getRequest()).isEqualTo(status == 200 ? request : null);
        if (status == 401) {
            boolean y = path.endsWith("/y");
            assertThat(response.getContentAsString()).contains(y ? "Send the key for y." : "Send the key.");
            assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(y ? null : "Basic realm=\"test\"");
        }
    }
}
