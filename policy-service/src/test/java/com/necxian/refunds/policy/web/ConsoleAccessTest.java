package com.necxian.refunds.policy.web;

import static com.necxian.refunds.testsupport.access.AccessProbe.REVIEWER;
import static com.necxian.refunds.testsupport.access.AccessProbe.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.access.AccessProbe.Route;
import com.necxian.refunds.testsupport.access.ConsoleProbe;
import com.necxian.refunds.testsupport.access.ConsoleProbe.Session;
import com.necxian.refunds.testsupport.access.RawHttp;

/**
 * The console's own chain over real HTTP: form login with a session and CSRF, each role only its own pages in every
 * spelling of their paths, and no crossing between the console's session and the stateless API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ConsoleAccessTest {

    static final String CASE = "/console/reviews/5d1b3c1e-0000-4000-8000-000000000001";

    @LocalServerPort
    int port;

    Session reviewer;
    Session owner;

    @BeforeEach
    void signIn() {
        reviewer = ConsoleProbe.signIn(port, "REVIEWER", "reviewer", "local-reviewer", "/console/policy");
        owner = ConsoleProbe.signIn(port, "POLICY_OWNER", "policy-owner", "local-policy-owner", "/console/policy");
    }

    @Test
    void eachConsoleRouteIsClosedToEverySpellingWithoutItsRole() {
        List<Route> routes = List.of(
                new Route("GET", "/console/reviews", Set.of("REVIEWER")),
                new Route("GET", "/console/reviews?category=THRESHOLD", Set.of("REVIEWER")),
                new Route("GET", CASE, Set.of("REVIEWER")),
                new Route("POST", CASE + "/decision", Set.of("REVIEWER")),
                new Route("GET", "/console/policy", Set.of("REVIEWER", "POLICY_OWNER")),
                new Route("POST", "/console/policy/versions", Set.of("POLICY_OWNER")));

        assertThat(ConsoleProbe.violations(port, routes, List.of(reviewer, owner))).isEmpty();
    }

    @Test
    void eachRoleReachesItsOwnPagesAndStartsWhereItWorks() {
        assertThat(get(reviewer, "/console/reviews").status()).isEqualTo(200);
        assertThat(get(reviewer, "/console/policy").status()).isEqualTo(200);
        assertThat(get(owner, "/console/policy").status()).isEqualTo(200);
        assertThat(get(reviewer, CASE).status()).isEqualTo(404);
        assertThat(get(reviewer, "/console").header("Location")).endsWith("/console/reviews");
        assertThat(get(owner, "/console").header("Location")).endsWith("/console/policy");
        // the owner's own route: past security (the empty form is then refused by validation, in the page)
        var empty = RawHttp.send(port, "POST", "/console/policy/versions", Map.of("Cookie", owner.cookie(),
                "X-CSRF-TOKEN", owner.csrf(), "Content-Type", "application/x-www-form-urlencoded"), "action=post");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("The version was not posted");
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefused() {
        var forged = RawHttp.send(port, "POST", "/console/policy/versions", Map.of("Cookie", owner.cookie(),
                "Content-Type", "application/x-www-form-urlencoded"), "action=post&returnWindowDays=1&summary=x");
        assertThat(forged.status()).isEqualTo(403);
        var otherSessionsToken = RawHttp.send(port, "POST", "/console/policy/versions", Map.of("Cookie",
                owner.cookie(), "X-CSRF-TOKEN", reviewer.csrf(), "Content-Type", "application/x-www-form-urlencoded"),
                "action=post");
        assertThat(otherSessionsToken.status()).isEqualTo(403);
    }

    @Test
    void theConsoleTakesNoApiCredentialsAndTheApiNoConsoleSession() {
        for (var apiCaller : List.of(REVIEWER, STOREFRONT)) {
            var answer = RawHttp.send(port, "GET", "/console/reviews", apiCaller.headers(), null);
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("Location")).endsWith("/console/login");
        }
        var api = RawHttp.send(port, "GET", "/api/v1/reviews", Map.of("Cookie", reviewer.cookie()), null);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.header("Set-Cookie")).isNull();
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageAndSigningOutEndsTheSession() {
        var form = RawHttp.send(port, "GET", "/console/login", Map.of(), null);
        assertThat(form.status()).isEqualTo(200);
        assertThatThrownBy(() -> ConsoleProbe.signIn(port, "REVIEWER", "reviewer", "wrong", "/console/policy"))
                .hasMessageContaining("error");

        var out = RawHttp.send(port, "POST", "/console/logout", Map.of("Cookie", reviewer.cookie(), "X-CSRF-TOKEN",
                reviewer.csrf(), "Content-Type", "application/x-www-form-urlencoded"), "");
        assertThat(out.header("Location")).endsWith("/console/login?logout");
        assertThat(get(reviewer, "/console/reviews").header("Location")).endsWith("/console/login");
    }

    private RawHttp.Answer get(Session session, String path) {
        return RawHttp.send(port, "GET", path, Map.of("Cookie", session.cookie()), null);
    }
}
