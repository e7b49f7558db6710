package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.RefundServices;
import com.necxian.refunds.testsupport.ServiceProcess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        assertThat(services()).containsKeys("kafka", "kafka-init", "registry", "postgres", "mailpit")
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
                placeholders.contains(variable) || keys.contains(relaxed(variable)) || isBootKafkaSetting(variable)
                        || isBootSetting("management.opentelemetry.tracing.export.otlp.endpoint", variable))
                .as("%s: %s is read by no setting", name, variable).isTrue());
    }

    /** {@code setting}, named by {@code variable}, is in Boot's configuration metadata. */
    private static boolean isBootSetting(String setting, String variable) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (URL metadata : Collections.list(ComposeFileTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    if (property.path("name").asString().equals(setting) && relaxed(setting).equals(relaxed(variable))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A setting of Boot's KafkaProperties (its configuration metadata), or an entry of one of its maps. */
    private static boolean isBootKafkaSetting(String variable) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (URL metadata : Collections.list(ComposeFileTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String setting = property.path("name").asString();
                    if (setting.startsWith("spring.kafka.") && (relaxed(setting).equals(relaxed(variable))
                            || property.path("type").asString().startsWith("java.util.Map")
                            && relaxed(variable).startsWith(relaxed(setting)))) {
                        return true;
                    }
                }
            }
        }
        return false;
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
        String advertised = kafkaServer().getProperty("advertised.listeners");
        assertThat(advertised.substring(advertised.indexOf("://") + 3))
                .isEqualTo(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        assertThat((List<String>) services().get("registry").get("ports")).anyMatch(
                p -> String.valueOf(environment.get("NECXIAN_REGISTRY_URL")).endsWith(":" + p.substring(
                        p.lastIndexOf(':') + 1)));
        assertThat(postgresInit()).contains("create database " + database(name) + " owner ");
    }

    /**
     * Least privilege for data: the service logs in as the role of its own name, which owns its database and may
     * connect to no other, with a password of its own that is passed to PostgreSQL's init script too; the
     * superuser (POSTGRES_PASSWORD) is no service's.
     */
    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void noServiceLogsInToPostgresqlAsTheSuperuser(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) services().get(name).get("environment");
        Properties application = applicationProperties(name);
        String database = database(name);
        String role = resolve(application.getProperty("spring.datasource.username"), environment);

        assertThat(environment).doesNotContainKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(environment.values()).noneMatch(value -> String.valueOf(value).contains("POSTGRES_PASSWORD"));
        assertThat(role).isNotEqualTo("postgres").isEqualTo(database).isEqualTo(name.replace("-service", ""));

        Matcher password = Pattern.compile("\\$\\{([A-Z_]+_DB_PASSWORD):}")
                .matcher(application.getProperty("spring.datasource.password"));
        assertThat(password.matches()).as("%s: the password comes from the environment, no default", name).isTrue();
        String variable = password.group(1);
        String required = "${" + variable + ":?set " + variable + "}";
        assertThat(environment.get(variable)).isEqualTo(required);
        assertThat(((Map<String, Object>) services().get("postgres").get("environment")).get(variable))
                .isEqualTo(required);

        String init = postgresInit();
        assertThat(init).contains("-v " + role + "_password=\"${" + variable + ":?}\"",
                "create role " + role + " login nosuperuser nocreatedb nocreaterole password :'" + role + "_password';",
                "create database " + database + " owner " + role + ";",
                "revoke all on database " + database + " from public;");
        assertThat(init.lines().filter(line -> line.startsWith("create role"))).isNotEmpty()
                .allMatch(line -> line.contains(" login nosuperuser "));
        assertThat(((List<String>) services().get("postgres").get("volumes")))
                .contains("./docker/postgres-init.sh:/docker-entrypoint-initdb.d/init.sh:ro");
    }

    /** The local profile alone has a default password, the local stack's and the tests' (local-<role>). */
    @ParameterizedTest
    @MethodSource("builtServices")
    void onlyTheLocalProfileHasADefaultDatabasePassword(String name) throws IOException {
        Properties local = new Properties();
        try (Reader reader = Files.newBufferedReader(resources(name).resolve("application-local.properties"))) {
            local.load(reader);
        }
        String role = name.replace("-service", "");
        assertThat(resolve(local.getProperty("spring.datasource.password"), Map.of()))
                .isEqualTo(com.necxian.refunds.testsupport.Database.localPassword(role));
        assertThat(resolve(applicationProperties(name).getProperty("spring.datasource.password"), Map.of())).isEmpty();
    }

    /**
     * Every service's Kafka clients (producer, consumer, admin: Boot's relaxed binding of the environment) log in
     * with SASL/SCRAM-SHA-512 as the service's own user, which acls.txt names and kafka-init creates with the same
     * password; none creates topics.
     */
    @ParameterizedTest
    @MethodSource("builtServices")
    @SuppressWarnings("unchecked")
    void eachServiceTalksToKafkaAsItsOwnScramUser(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) services().get(name).get("environment");
        Map<String, Object> variables = new LinkedHashMap<>();
        environment.forEach((key, value) -> variables.put(key, String.valueOf(value)));
        KafkaProperties kafka = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
                .bindOrCreate("spring.kafka", KafkaProperties.class);
        String user = name.replace("-service", "");
        String variable = "KAFKA_" + user.toUpperCase() + "_PASSWORD";

        for (Map<String, Object> client : List.of(kafka.buildProducerProperties(), kafka.buildConsumerProperties(),
                kafka.buildAdminProperties())) {
            assertThat(client).containsEntry("security.protocol", "SASL_PLAINTEXT")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule"
                            + " required username=\"" + user + "\" password=\"${" + variable + ":?set " + variable
                            + "}\";");
        }
        assertThat(kafka.getAdmin().isAutoCreate()).isFalse();
        assertThat(BusAcl.all()).anyMatch(acl -> acl.user().equals(user));
        assertThat(((Map<String, Object>) services().get("kafka-init").get("environment")).get(variable))
                .isEqualTo("${" + variable + ":?set " + variable + "}");
        assertThat((Map<String, Object>) services().get(name).get("depends_on")).containsKey("kafka-init");
        assertThat(kafkaServer().getProperty("sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
    }

    /** The ACLs name each service's consumer group and policy's transactional ids as the code sets them. */
    @ParameterizedTest
    @MethodSource("builtServices")
    void theAclsGrantEachServiceItsOwnConsumerGroup(String name) throws IOException {
        String user = name.replace("-service", "");
        Properties application = applicationProperties(name);
        assertThat(BusAcl.anyGrants(user, AclOperation.READ, ResourceType.GROUP,
                application.getProperty("spring.kafka.consumer.group-id"))).isTrue();
        String transactionPrefix = application.getProperty("spring.kafka.producer.transaction-id-prefix");
        assertThat(BusAcl.anyGrants(user, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID,
                transactionPrefix == null ? "none" : transactionPrefix)).isEqualTo(transactionPrefix != null);
    }

    @Test
    void kafkaAllowsOnlyAuthenticatedPrincipalsWhatTheAclsGrant() throws IOException {
        Properties server = kafkaServer();
        assertThat(server.getProperty("authorizer.class.name"))
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(server.getProperty("allow.everyone.if.no.acl.found")).isEqualTo("false");
        assertThat(server.getProperty("super.users")).isEqualTo("User:admin");
        assertThat(server.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(server.getProperty("listener.security.protocol.map").split(","))
                .allSatisfy(mapping -> assertThat(mapping).endsWith(":SASL_PLAINTEXT"));
        assertThat(services().get("kafka").get("command")).isEqualTo(List.of("/bin/bash",
                "/opt/necxian/kafka/start.sh"));
        assertThat(services().get("kafka-init").get("command")).isEqualTo(List.of("/bin/bash",
                "/opt/necxian/kafka/init.sh"));
        assertThat(BusAcl.all()).allSatisfy(acl -> assertThat(acl.operations())
                .doesNotContain(AclOperation.ALL, AclOperation.ALTER, AclOperation.CREATE, AclOperation.DELETE,
                        AclOperation.ALTER_CONFIGS, AclOperation.CLUSTER_ACTION));
        assertThat(BusAcl.all()).filteredOn(acl -> acl.patternType() == PatternType.PREFIXED)
                .allSatisfy(acl -> assertThat(acl.names()).allMatch(n -> n.endsWith("-")));
    }

    @Test
    void kafkaInitCreatesEveryTopicAndItsDeadLetterTopic() throws IOException {
        List<String> listed = Files.readAllLines(ROOT.resolve("docker/kafka/topics.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(Stream.concat(Topics.ALL.stream(),
                Topics.ALL.stream().map(Topics::deadLetter)).toList());
    }

    /** Where Docker exists, ComposeStackTest runs the file: it must give every variable the file requires. */
    @Test
    void composeStackTestSetsEveryRequiredVariable() throws IOException {
        Matcher required = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(Files.readString(
                ROOT.resolve("docker-compose.yml")));
        String stackTest = Files.readString(ROOT.resolve(
                "system-tests/src/test/java/com/necxian/refunds/systemtests/ComposeStackTest.java"));
        Set<String> variables = new HashSet<>();
        while (required.find()) {
            variables.add(required.group(1));
        }
        assertThat(variables).isNotEmpty().allSatisfy(variable -> assertThat(stackTest)
                .contains("withEnv(\"" + variable + "\""));
    }

    static Properties kafkaServer() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(ROOT.resolve("docker/kafka/server.properties"))));
        return properties;
    }

    private static String postgresInit() throws IOException {
        return Files.readString(ROOT.resolve("docker/postgres-init.sh"));
    }

    @SuppressWarnings("unchecked")
    private static String database(String name) throws IOException {
        String url = String.valueOf(((Map<String, Object>) services().get(name).get("environment"))
                .get("SPRING_DATASOURCE_URL"));
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Properties applicationProperties(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(resources(name).resolve("application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** A Spring value with ${VARIABLE:default} placeholders, as the service sees it in this environment. */
    private static String resolve(String value, Map<String, Object> environment) {
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}").matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            Object set = environment.get(m.group(1));
            m.appendReplacement(resolved, Matcher.quoteReplacement(set == null ? m.group(2) : String.valueOf(set)));
        }
        m.appendTail(resolved);
        return resolved.toString();
    }

    private static int serverPort(String name) throws IOException {
        return Integer.parseInt(applicationProperties(name).getProperty("server.port"));
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

    // Observability: Jaeger, Prometheus and Grafana, provisioned from docker/prometheus and docker/grafana.

    static final List<String> FRAMEWORK_METRICS = List.of("http_server_requests", "hikaricp_", "jvm_", "process_");
    static final Set<String> PROMQL_WORDS = Set.of("sum", "min", "max", "avg", "count", "rate", "increase", "deriv",
            "histogram_quantile", "min_over_time", "max_over_time", "and", "or", "unless", "offset");

    @Test
    @SuppressWarnings("unchecked")
    void jaegerPrometheusAndGrafanaRunFromFilesInTheRepository() throws IOException {
        assertThat(services()).containsKeys("jaeger", "prometheus", "grafana");
        assertThat(((Map<String, Object>) services().get("jaeger").get("environment")).get("COLLECTOR_OTLP_ENABLED"))
                .isEqualTo("true");
        for (String name : List.of("prometheus", "grafana")) {
            List<String> volumes = (List<String>) services().get(name).get("volumes");
            assertThat(volumes).isNotEmpty().allSatisfy(volume -> {
                assertThat(volume).startsWith("./docker/").endsWith(":ro");
                assertThat(ROOT.resolve(volume.substring(2, volume.indexOf(':')))).exists();
            });
        }
        for (String name : RefundServices.NAMES) {
            assertThat(String.valueOf(((Map<String, Object>) services().get(name).get("environment"))
                    .get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")))
                    .as(name).isEqualTo("http://jaeger:4318/v1/traces");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceAndLoadsTheAlertRules() throws IOException {
        Map<String, Object> config = yaml("docker/prometheus/prometheus.yml");
        assertThat((List<String>) config.get("rule_files")).isNotEmpty().allSatisfy(file -> assertThat(
                ROOT.resolve("docker/prometheus").resolve(file.substring("/etc/prometheus/".length()))).isRegularFile());
        Map<String, String> targets = new LinkedHashMap<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Map<String, Object> group : (List<Map<String, Object>>) job.get("static_configs")) {
                ((List<String>) group.get("targets")).forEach(target -> targets.put((String) job.get("job_name"),
                        target));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        PORTS.forEach((name, port) -> expected.put(name, name + ":" + port));
        assertThat(targets).isEqualTo(expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertSaysHowBadWhatAndWhyAndQueriesMetricsTheServicesHave() throws IOException {
        Set<String> known = metricNamesInTheCode();
        Map<String, Map<String, Object>> alerts = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) yaml("docker/prometheus/alerts.yml").get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.put((String) rule.get("alert"), rule);
            }
        }
        assertThat(alerts).containsKeys("StuckPartition", "DeadLetters", "ReviewsOverdue", "PayoutsNearProcessBy",
                "SmtpFailures");
        alerts.forEach((name, rule) -> {
            assertThat(((Map<String, Object>) rule.get("labels")).get("severity")).as(name)
                    .isIn("warning", "critical");
            assertThat((Map<String, Object>) rule.get("annotations")).as(name).containsKeys("summary", "description");
            assertThat(metricsIn((String) rule.get("expr"))).as(name).isNotEmpty()
                    .allSatisfy(metric -> assertThat(isKnown(metric, known)).as(name + ": " + metric).isTrue());
        });
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        assertThat(alerts.keySet()).allSatisfy(name -> assertThat(operations).contains("`" + name + "`"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaHasTheFlowDashboardAndOnePerServiceOverPrometheus() throws IOException {
        Map<String, Object> source = ((List<Map<String, Object>>) yaml(
                "docker/grafana/provisioning/datasources/prometheus.yml").get("datasources")).get(0);
        assertThat(source).containsEntry("uid", "prometheus").containsEntry("url", "http://prometheus:9090");
        Map<String, Object> provider = ((List<Map<String, Object>>) yaml(
                "docker/grafana/provisioning/dashboards/necxian.yml").get("providers")).get(0);
        String path = (String) ((Map<String, Object>) provider.get("options")).get("path");
        assertThat((List<String>) services().get("grafana").get("volumes"))
                .contains("./docker/grafana/dashboards:" + path + ":ro");

        Set<String> known = metricNamesInTheCode();
        JsonMapper json = JsonMapper.builder().build();
        Set<String> uids = new HashSet<>();
        List<String> boards = Stream.concat(Stream.of("refund-flow"), RefundServices.NAMES.stream()).toList();
        for (String board : boards) {
            JsonNode dashboard = json.readTree(ROOT.resolve("docker/grafana/dashboards/" + board + ".json").toFile());
            assertThat(uids.add(dashboard.path("uid").asString())).as(board + " has its own uid").isTrue();
            assertThat(dashboard.path("panels").size()).as(board).isPositive();
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("prometheus");
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asString();
                    assertThat(metricsIn(expr)).as(board + ": " + expr).isNotEmpty().allSatisfy(metric -> assertThat(
                            isKnown(metric, known)).as(board + " / " + panel.path("title").asString() + ": " + metric)
                            .isTrue());
                }
            }
        }
    }

    @Test
    void theMetricCheckReadsQueriesAndRefusesAMetricNoCodeRegisters() throws IOException {
        assertThat(metricsIn("histogram_quantile(0.95, sum by (le, stage) (rate(necxian_refund_stage_latency_seconds_"
                + "bucket{stage=\"received_to_decided\"}[5m]))) > 5 and outbox_unsent > 0"))
                .containsExactlyInAnyOrder("necxian_refund_stage_latency_seconds_bucket", "outbox_unsent");
        Set<String> known = metricNamesInTheCode();
        assertThat(isKnown("necxian_decisions_total", known)).isTrue();
        assertThat(isKnown("outbox_oldest_unsent_seconds", known)).isTrue();
        assertThat(isKnown("necxian_consumer_lag", known)).isTrue();
        assertThat(isKnown("necxian_dead_letters_total", known)).isTrue();
        assertThat(isKnown("necxian_refunds_lost_total", known)).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(file))) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    /** Metric names of a PromQL expression: identifiers outside strings, label sets, ranges and by (...) lists. */
    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> metrics = new HashSet<>();
        Matcher identifier = Pattern.compile("\\b[a-zA-Z_][a-zA-Z0-9_]*\\b").matcher(bare);
        while (identifier.find()) {
            if (!PROMQL_WORDS.contains(identifier.group())) {
                metrics.add(identifier.group());
            }
        }
        return metrics;
    }

    /** Every Micrometer meter name the services' code registers, in Prometheus spelling without unit or suffix. */
    static Set<String> metricNamesInTheCode() throws IOException {
        Pattern named = Pattern.compile("(?:\\.builder\\(|String NAME = )\"([a-z0-9.]+)\"");
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && f.toString().contains("/src/main/java/")).toList()) {
                Matcher m = named.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1).replace('.', '_'));
                }
            }
        }
        return names;
    }

    static boolean isKnown(String metric, Set<String> known) {
        if (FRAMEWORK_METRICS.stream().anyMatch(metric::startsWith)) {
            return true;
        }
        String base = metric.replaceAll("(_seconds)?(_total|_bucket|_count|_sum|_max)?$", "");
        return known.contains(base);
    }
}
