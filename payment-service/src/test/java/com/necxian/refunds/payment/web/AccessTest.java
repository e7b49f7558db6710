package com.necxian.refunds.payment.web;

import static com.necxian.refunds.testsupport.access.AccessProbe.OPERATOR;
import static com.necxian.refunds.testsupport.access.AccessProbe.REVIEWER;
import static com.necxian.refunds.testsupport.access.AccessProbe.STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * Over real HTTP, as an outsider: payment's operator routes, in every spelling of the path, answer 401 without the
 * operator's credentials (a storefront key or a reviewer's are not the operator's), as problem details, never the
 * resource.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AccessTest {

    static final Set<String> OPERATOR_ONLY = Set.of("OPERATOR");

    @LocalServerPort
    int port;

    @Test
    void noSpellingOfAnOperatorPathGetsPastTheOperatorsCredentials() {
        List<Route> routes = List.of(
                new Route("GET", "/api/v1/refund-payments/5d1b3c1e-0000-4000-8000-000000000001", OPERATOR_ONLY),
                new Route("GET", "/api/v1/store-credit/C-42", OPERATOR_ONLY));

        assertThat(AccessProbe.violations(port, routes, List.of())).isEmpty();
    }

    @Test
    void onlyTheOperatorGetsIn() {
        assertThat(send(OPERATOR).status()).isEqualTo(404);
        assertThat(send(REVIEWER).status()).isEqualTo(401);
        assertThat(send(STOREFRONT).status()).isEqualTo(401);
    }

    private RawHttp.Answer send(Caller caller) {
        return RawHttp.send(port, "GET", "/api/v1/store-credit/C-42", caller.headers(), null);
    }
}
