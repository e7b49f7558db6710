package com.necxian.refunds.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each service's OpenAPI document (the contract other teams generate clients from, docs/openapi/&lt;service&gt;.json,
 * which each service's OpenApiDocumentTest keeps equal to what it serves) passes Redocly CLI's lint with
 * docs/openapi/redocly.yaml (the recommended rules) without a single error or warning. The CLI is the one pinned in
 * contract-tests/redocly-cli, installed by this module's build.
 */
class OpenApiLintTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path REDOCLY = Path.of(System.getProperty("redocly.executable",
            "redocly-cli/node_modules/.bin/redocly")).toAbsolutePath();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"intake-service", "policy-service", "payment-service", "notification-service"})
    void theDocumentLintsWithoutErrorsOrWarnings(String service) throws Exception {
        String file = "docs/openapi/" + service + ".json";
        assertThat(ROOT.resolve(file)).as("%s is committed (its OpenApiDocumentTest writes it)", file).isRegularFile();
        assertThat(REDOCLY).as("Redocly CLI installed by the build (npm install in contract-tests/redocly-cli)")
                .isExecutable();

        JsonNode report = lint(file);

        List<String> problems = report.path("problems").valueStream().map(problem -> "%s %s at %s: %s".formatted(
                problem.path("severity").asString(), problem.path("ruleId").asString(),
                problem.path("location").path(0).path("pointer").asString(), problem.path("message").asString()))
                .toList();
        assertThat(problems).as("Redocly lint of %s (rule, place, message)", file).isEmpty();
        assertThat(report.path("totals").path("errors").asInt() + report.path("totals").path("warnings").asInt())
                .as("errors and warnings of %s", file).isZero();
    }

    private static JsonNode lint(String file) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("redocly", ".log");
        ProcessBuilder builder = new ProcessBuilder(REDOCLY.toString(), "lint", "--config", "docs/openapi/redocly.yaml",
                "--format=json", file).directory(ROOT.toFile()).redirectError(stderr.toFile());
        // nothing sent anywhere, no update check: the build lints offline
        builder.environment().putAll(Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("redocly lint %s finished", file).isTrue();
        assertThat(output).as("redocly lint %s printed its report; stderr:%n%s", file, Files.readString(stderr))
                .contains("\"totals\"");
        return JSON.readTree(output.substring(output.indexOf('{')));
    }
}
