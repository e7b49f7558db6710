package com.necxian.refunds.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.access.AccessProbe;
import com.necxian.refunds.testsupport.access.AccessProbe.Route;
import com.necxian.refunds.testsupport.access.RawHttp;

/**
 * Over real HTTP, as an outsider: payment's operator routes, in every spelling of the path, answer 401 without the
 * operator's credentials (or with a storefront key or a reviewer's), as problem details, never the resource.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AccessTest {

    static final Set<String> OPERATOR = Set.of("OPERATOR");

    @LocalServerPort
    int port;

    @Test
    void noSpellingOfAnOperatorPathGetsPastTheOperatorsCredentials() {
        List<Route> routes = List.of(
                new Route("GET", "/api/v1/refund-payments/5d1b3c1e-0000-4000-8000-000000000001", OPERATOR),
                new Route("GET", "/api/v1/store-credit/C-42", OPERATOR));

        assertThat(AccessProbe.violations(port, routes, List.of())).isEmpty();
    }

    @Test
    void onlyTheOperatorGetsIn() {
        assertThat(send("/api/v1/store-credit/C-42", basic("operator", "local-operator")).status()).isEqualTo(404);
        assertThat(send("/api/v1/store-credit/C-42", basic("reviewer", "local-reviewer")).status()).isEqualTo(401);
        assertThat(send("/api/v1/store-credit/C-42", Map.of("X-Api-Key", "local-storefront-key")).status()).isEqualTo(401);
    }

    private RawHttp.Answer send(String target, Map<String, String> headers) {
        return RawHttp.send(port, "GET", target, headers, null);
    }

    private static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}
