package com.necxian.refunds.policy.web;

import static com.necxian.refunds.testsupport.access.AccessProbe.POLICY_OWNER;
import static com.necxian.refunds.testsupport.access.AccessProbe.REVIEWER;
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
import com.necxian.refunds.testsupport.access.AccessProbe.Caller;
import com.necxian.refunds.testsupport.access.AccessProbe.Route;
import com.necxian.refunds.testsupport.access.RawHttp;

/**
 * Over real HTTP, as an outsider: each role does only its own work. Every route, in every spelling of its path,
 * answers 401 without credentials and 403 to the other roles (400 where the firewall refused the spelling).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AccessTest {

    static final String CASE = "/api/v1/reviews/5d1b3c1e-0000-4000-8000-000000000001";

    @LocalServerPort
    int port;

    @Test
    void eachRouteIsClosedToEverySpellingWithoutItsRole() {
        List<Route> routes = List.of(
                new Route("GET", "/api/v1/reviews?state=OPEN", Set.of("REVIEWER")),
                new Route("GET", CASE, Set.of("REVIEWER")),
                new Route("POST", CASE + "/decision", Set.of("REVIEWER")),
                new Route("GET", "/api/v1/policy", Set.of("REVIEWER", "POLICY_OWNER")),
                new Route("GET", "/api/v1/policy/versions/1", Set.of("REVIEWER", "POLICY_OWNER")),
                new Route("POST", "/api/v1/policy/versions", Set.of("POLICY_OWNER")),
                new Route("GET", "/api/v1/policy/refundability?productType=DIGITAL",
                        Set.of("STOREFRONT", "REVIEWER", "POLICY_OWNER")));

        assertThat(AccessProbe.violations(port, routes, List.of(STOREFRONT, REVIEWER, POLICY_OWNER))).isEmpty();
    }

    @Test
    void eachRoleReachesItsOwnRoutes() {
        assertThat(as(REVIEWER, "GET", "/api/v1/reviews?state=OPEN").status()).isEqualTo(200);
        assertThat(as(REVIEWER, "GET", "/api/v1/policy").status()).isEqualTo(200);
        assertThat(as(POLICY_OWNER, "GET", "/api/v1/policy").status()).isEqualTo(200);
        assertThat(as(STOREFRONT, "GET", "/api/v1/policy/refundability?productType=DIGITAL").status())
                .isEqualTo(200);
        // the policy owner's own route: past security, the empty body is then refused by validation
        assertThat(RawHttp.send(port, "POST", "/api/v1/policy/versions",
                POLICY_OWNER.headers(), "{}").status()).isEqualTo(400);
    }

    @Test
    void theAnswersSayWhatToSendAndAskPeopleForBasicCredentials() {
        var missing = RawHttp.send(port, "GET", "/api/v1/reviews", Map.of(), null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body()).contains("\"status\":401", "\"title\":\"Unauthorized\"", "credentials");
        var forbidden = as(REVIEWER, "POST", "/api/v1/policy/versions");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("\"status\":403", "role");
    }

    private RawHttp.Answer as(Caller caller, String method, String target) {
        return RawHttp.send(port, method, target, caller.headers(),
                method.equals("GET") ? null : "{}");
    }
}
