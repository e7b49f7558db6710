package com.necxian.refunds.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The start of a service's OpenAPI document: title, version, contact, licence and the local server (a fixed URL, so
 * the committed document does not name a test's random port). The service adds its tags and security schemes; the
 * problem schema and the answers every protected route shares are added by {@link ProtectedRouteAnswers}.
 */
public final class ApiDocument {

    private ApiDocument() {
    }

    /**
     * @param service   the service's short name, e.g. "payment"
     * @param summary   what the API is for and who calls it
     * @param localUrl  where ./run-local.sh serves it, e.g. "http://127.0.0.1:8082"
     */
    public static OpenAPI of(String service, String summary, String localUrl) {
        return new OpenAPI()
                .info(new Info().title("Necxian Refunds: " + service).version("v1")
                        .description(summary + " Money is a decimal string with the currency's fraction digits; "
                                + "errors are RFC 9457 problem details whose type URI says what went wrong.")
                        .contact(new Contact().name("Necxian Refunds team").email("refunds-team@necxian.example"))
                        .license(new License().name("Proprietary, Necxian internal")
                                .url("https://necxian.example/licenses/internal")))
                .servers(List.of(new Server().url(localUrl).description("local (./run-local.sh)")))
                .components(new Components());
    }
}
