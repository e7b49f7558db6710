package com.necxian.refunds.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import com.necxian.refunds.events.EventSchemas;
import com.necxian.refunds.events.Topics;

/**
 * docs/asyncapi.yaml says what the code does (the AsyncAPI CLI checks it is valid AsyncAPI; this checks it is
 * true): one channel per topic of {@link Topics} and per dead-letter topic, each event's newest released schema,
 * examples that fit it, producers and consumers as the ACLs grant, retention as kafka-init configures it.
 */
class AsyncApiDocumentTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DOCS = ROOT.resolve("docs");

    @SuppressWarnings("unchecked")
    static Map<String, Object> document() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCS.resolve("asyncapi.yaml"))) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> section(String name) throws IOException {
        return (Map<String, Map<String, Object>>) document().get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> message(String topic) throws IOException {
        Map<String, Object> refs = (Map<String, Object>) channel(topic).get("messages");
        String ref = (String) ((Map<String, Object>) refs.values().iterator().next()).get("$ref");
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document().get("components"))
                .get("messages")).get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    static Map<String, Object> channel(String topic) throws IOException {
        return section("channels").values().stream().filter(c -> topic.equals(c.get("address"))).findFirst()
                .orElseThrow(() -> new AssertionError("docs/asyncapi.yaml has no channel for " + topic));
    }

    static Stream<String> topics() {
        return Topics.ALL.stream();
    }

    @Test
    void itHasAChannelForEveryTopicAndDeadLetterTopicAndNoOther() throws IOException {
        assertThat(section("channels").values()).extracting(c -> (String) c.get("address"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Topics.ALL.stream(),
                        Topics.ALL.stream().map(Topics::deadLetter)).toList());
    }

    @ParameterizedTest
    @MethodSource("topics")
    @SuppressWarnings("unchecked")
    void eachTopicsPayloadIsItsNewestReleasedSchema(String topic) throws IOException {
        String event = EventSchemas.BY_TOPIC.get(topic).getName();
        Map<String, Object> payload = (Map<String, Object>) message(topic).get("payload");
        String ref = (String) ((Map<String, Object>) payload.get("schema")).get("$ref");

        assertThat(payload.get("schemaFormat")).asString().startsWith("application/vnd.apache.avro");
        assertThat(DOCS.resolve(ref).normalize()).isEqualTo(ReleasedSchemas.newest(event));
        assertThat(new Schema.Parser().parse(DOCS.resolve(ref).toFile()).getFullName())
                .isEqualTo(EventSchemas.BY_TOPIC.get(topic).getFullName());
    }

    /** An example names only fields of the schema and every field that has no default. */
    @ParameterizedTest
    @MethodSource("topics")
    @SuppressWarnings("unchecked")
    void eachExampleFitsTheReleasedSchema(String topic) throws IOException {
        String event = EventSchemas.BY_TOPIC.get(topic).getName();
        Schema released = new Schema.Parser().parse(ReleasedSchemas.newest(event).toFile());
        List<Map<String, Object>> examples = (List<Map<String, Object>>) message(topic).get("examples");

        assertThat(examples).isNotEmpty().allSatisfy(example -> {
            Map<String, Object> payload = (Map<String, Object>) example.get("payload");
            assertThat(released.getFields()).extracting(Schema.Field::name).containsAll(payload.keySet());
            assertThat(payload).containsKeys(released.getFields().stream().filter(f -> !f.hasDefaultValue())
                    .map(Schema.Field::name).toArray(String[]::new));
        });
    }

    @ParameterizedTest
    @MethodSource("topics")
    @SuppressWarnings("unchecked")
    void eachTopicsKeyIsAStringAsTopicsWritesIt(String topic) throws IOException {
        Map<String, Object> key = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) message(topic)
                .get("bindings")).get("kafka")).get("key");
        assertThat(key).containsEntry("type", "string");
        assertThat((String) key.get("description")).contains(topic.equals(Topics.REFUND_POLICY_CHANGED)
                ? "'" + Topics.POLICY_KEY + "'" : "order number");
    }

    /** Who sends and who receives, per the document, is exactly what acls.txt lets each user write and read. */
    @Test
    @SuppressWarnings("unchecked")
    void producersAndConsumersAreTheOnesTheAclsAllow() throws IOException {
        Map<String, String> addressOf = new java.util.HashMap<>();
        section("channels").forEach((id, c) -> addressOf.put(id, (String) c.get("address")));
        List<String> documented = section("operations").values().stream().map(op -> {
            String ref = (String) ((Map<String, Object>) op.get("channel")).get("$ref");
            String user = ((String) op.get("x-service")).replace("-service", "");
            String operation = op.get("action").equals("send") ? "WRITE" : "READ";
            return user + " " + operation + " " + addressOf.get(ref.substring(ref.lastIndexOf('/') + 1));
        }).sorted().toList();

        assertThat(documented).doesNotHaveDuplicates().containsExactlyElementsOf(topicGrants());
    }

    /** A service reads in the consumer group its application.properties sets; analytics in analytics-* groups. */
    @Test
    @SuppressWarnings("unchecked")
    void consumerGroupsAreTheOnesTheServicesUse() throws IOException {
        for (Map<String, Object> op : section("operations").values()) {
            if (!op.get("action").equals("receive")) {
                continue;
            }
            String service = (String) op.get("x-service");
            Map<String, Object> group = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) op
                    .get("bindings")).get("kafka")).get("groupId");
            if (service.equals("analytics")) {
                assertThat(group).containsEntry("pattern", "^analytics-");
            } else {
                assertThat((List<String>) group.get("enum")).as(service).containsExactly(groupIdOf(service));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("topics")
    @SuppressWarnings("unchecked")
    void retentionIsWhatKafkaInitConfigures(String topic) throws IOException {
        Map<String, String> configured = TopicSettings.retentionByTopic(ROOT.resolve("docker/kafka/topics.txt"));
        for (String address : List.of(topic, Topics.deadLetter(topic))) {
            Map<String, Object> kafka = (Map<String, Object>) ((Map<String, Object>) channel(address).get("bindings"))
                    .get("kafka");
            Object retention = ((Map<String, Object>) kafka.get("topicConfiguration")).get("retention.ms");
            assertThat(String.valueOf(retention)).as(address).isEqualTo(configured.get(address));
        }
    }

    private static String groupIdOf(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service)
                .resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties.getProperty("spring.kafka.consumer.group-id");
    }

    /** acls.txt's topic grants, one "user OPERATION topic" per topic. */
    private static List<String> topicGrants() throws IOException {
        return Files.readAllLines(ROOT.resolve("docker/kafka/acls.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                .filter(words -> words[2].equals("topic"))
                .flatMap(words -> Stream.of(words).skip(4).flatMap(topic -> Stream.of(words[1].split(","))
                        .map(operation -> words[0].replace("User:", "") + " " + operation + " " + topic)))
                .sorted().toList();
    }
}
