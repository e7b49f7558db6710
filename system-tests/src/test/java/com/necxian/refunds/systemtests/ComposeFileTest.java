package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import com.necxian.refunds.testsupport.RefundServices;
import com.necxian.refunds.testsupport.ServiceProcess;

/** docker-compose.yml agrees with the code, checked without Docker. */
class ComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Map<String, Integer> PORTS = Map.of("intake-service", 8080, "policy-service", 8081,
            "payment-service", 8082, "notification-service", 8083);
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    static Stream<String> builtServices() {
        return RefundServices.NAMES.stream();
    }

    @Test
    void itDefinesTheInfrastructureAndTheFourServices() throws IOException {
        assertThat(services()).containsKeys("kafka", "registry", "postgres", "mailpit")
                .containsKeys(RefundServices.NAMES.toArray(String[]::new));
        assertThat((String) services().get("kafka").get("image")).startsWith("apache/kafka:");
        assertThat((String) services().get("registry").get("image")).contains("apicurio-registry");
    }

    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void eachServiceIsBuiltFromThisRepository(String name) throws IOException {
        Map<String, Object> build = (Map<String, Object>) services().get(name).get("build");
        Path context = ROOT.resolve((String) build.get("context")).normalize();
        assertThat(context.resolve((String) build.get("dockerfile"))).isRegularFile();
        String module = (String) ((Map<String, Object>) build.get("args")).get("SERVICE");
        assertThat(module).isEqualTo(name);
        assertThat(context.resolve(module).resolve("pom.xml")).isRegularFile();
        assertThat(services().get(name).get("healthcheck")).isNotNull();
        assertThat((Map<String, Object>) services().get(name).get("depends_on")).containsKeys("kafka", "registry",
                "postgres");
    }

    /** The image runs each service with the flags measured in the benchmarks: intake's serving flags, else lean. */
    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void eachServiceRunsWithTheMeasuredJvmFlags(String name) throws IOException {
        Map<String, Object> args = (Map<String, Object>) ((Map<String, Object>) services().get(name).get("build"))
                .get("args");
        String dockerfile = Files.readString(ROOT.resolve("docker/service.Dockerfile"));
        Matcher defaults = Pattern.compile("ARG JVM_FLAGS=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(defaults.find()).isTrue();
        String flags = (String) args.getOrDefault("JVM_FLAGS", defaults.group(1));

        assertThat(flags).isEqualTo(String.join(" ", name.equals("intake-service") ? ServiceProcess.SERVING_JVM
                : ServiceProcess.LEAN_JVM));
        assertThat(dockerfile).contains("exec java $JVM_FLAGS -jar");
    }

    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void everyEnvironmentVariableIsASettingTheServiceReads(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) services().get(name).get("environment");
        Set<String> placeholders = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Path file : propertiesFiles(name)) {
            String text = Files.readString(file);
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                placeholders.add(m.group(1));
            }
            Properties properties = new Properties();
            properties.load(Files.newBufferedReader(file));
            properties.stringPropertyNames().forEach(key -> keys.add(relaxed(key)));
        }
        assertThat(environment.keySet()).allSatisfy(variable -> assertThat(
                placeholders.contains(variable) || keys.contains(relaxed(variable)))
                .as("%s: %s is read by no setting", name, variable).isTrue());
    }

    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void portsAgreeWithTheServiceAndTheArchitecture(String name) throws IOException {
        int port = PORTS.get(name);
        Map<String, Object> service = services().get(name);
        assertThat((List<String>) service.get("ports")).containsExactly("127.0.0.1:" + port + ":" + port);
        assertThat(String.valueOf(((Map<String, Object>) service.get("environment")).get("SERVER_PORT")))
                .isEqualTo(String.valueOf(port));
        assertThat(serverPort(name)).isEqualTo(port);
    }

    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void kafkaAndRegistryAddressesPointAtTheirContainers(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) services().get(name).get("environment");
        Map<String, Object> kafka = (Map<String, Object>) services().get("kafka").get("environment");
        assertThat(String.valueOf(kafka.get("KAFKA_ADVERTISED_LISTENERS")))
                .isEqualTo("PLAINTEXT://" + environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        assertThat((List<String>) services().get("registry").get("ports")).anyMatch(
                p -> String.valueOf(environment.get("NECXIAN_REGISTRY_URL")).endsWith(":" + p.substring(
                        p.lastIndexOf(':') + 1)));
        String database = String.valueOf(environment.get("SPRING_DATASOURCE_URL"));
        assertThat(Files.readString(ROOT.resolve("docker/postgres-init.sql")))
                .contains("create database " + database.substring(database.lastIndexOf('/') + 1) + ";");
    }

    private static int serverPort(String name) throws IOException {
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(resources(name).resolve("application.properties")));
        return Integer.parseInt(properties.getProperty("server.port"));
    }

    private static List<Path> propertiesFiles(String name) throws IOException {
        try (var files = Files.list(resources(name))) {
            return files.filter(p -> p.getFileName().toString().matches("application.*\\.properties")).toList();
        }
    }

    private static Path resources(String name) {
        return ROOT.resolve(name).resolve("src/main/resources");
    }

    /** Spring's relaxed binding: SPRING_KAFKA_BOOTSTRAP_SERVERS and spring.kafka.bootstrap-servers are one. */
    private static String relaxed(String name) {
        return name.toLowerCase().replaceAll("[._-]", "");
    }
}
