package com.necxian.refunds.intake.web;

import static com.necxian.refunds.testsupport.access.AccessProbe.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Over real HTTP, as an outsider: every refunds route in every spelling of its path answers 401 without the
 * storefront's key, as problem details, and the plain spelling with the key still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AccessTest {

    static final Set<String> STOREFRONT_ONLY = Set.of("STOREFRONT");

    @LocalServerPort
    int port;

    @Test
    void noSpellingOfARefundsPathGetsPastTheStorefrontKey() {
        List<Route> routes = List.of(
                new Route("POST", "/api/v1/refunds", STOREFRONT_ONLY),
                new Route("GET", "/api/v1/refunds/5d1b3c1e-0000-4000-8000-000000000001", STOREFRONT_ONLY),
                new Route("GET", "/api/v1/refunds?orderNumber=NX-100234", STOREFRONT_ONLY));

        assertThat(AccessProbe.violations(port, routes, List.of())).isEmpty();
    }

    @Test
    void theStorefrontKeyOpensThePlainPathAndPublicRoutesNeedNoCredentials() {
        var listed = RawHttp.send(port, "GET", "/api/v1/refunds?orderNumber=NX-none",
                STOREFRONT.headers(), null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/actuator/health", Map.of(), null).status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/v3/api-docs", Map.of(), null).status()).isEqualTo(200);
    }

    @Test
    void whatNoRuleNamesIsDeniedAndActuatorEndpointsBeyondHealthInfoAndPrometheusStayClosed() {
        assertThat(RawHttp.send(port, "GET", "/api/v2/refunds", Map.of(), null).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "GET", "/actuator/env", Map.of(), null).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "GET", "/actuator/env", STOREFRONT.headers(), null)
                .status()).isEqualTo(403);
    }
}
