package com.necxian.refunds.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BACKWARD compatibility: today's schema must read every released version kept in {@code schemas/released}.
 * Releasing a version = copying the generated schema there (see docs/event-catalogue.md).
 */
class SchemaCompatibilityTest {

    static final Path RELEASED = Path.of("released");

    static Stream<Object[]> releasedVersions() throws IOException {
        return EventSchemas.ALL.stream().flatMap(current -> releasedVersionsOf(current).map(
                file -> new Object[] {current.getName(), file}));
    }

    private static Stream<Path> releasedVersionsOf(Schema current) {
        try {
            return Files.list(RELEASED.resolve(current.getName())).sorted();
        } catch (IOException e) {
            throw new IllegalStateException("no released versions kept for " + current.getName(), e);
        }
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("releasedVersions")
    void currentSchemaReadsEveryReleasedVersion(String name, Path released) throws IOException {
        Schema current = EventSchemas.ALL.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
        Schema old = new Schema.Parser().parse(released.toFile());

        assertThat(BackwardCompatibility.problems(current, old, "released " + released.getFileName()))
                .as("BACKWARD compatibility of %s with %s", name, released).isEmpty();
    }

    /**
     * A changed schema is released before it is merged, so consumers outside this repository (docs/asyncapi.yaml refers
     * to the newest released file) read what the services write. The failure leaves the file to release in target/.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void theNewestReleasedVersionIsTodaysSchema(String name, Schema current) throws IOException {
        List<Path> released = releasedVersionsOf(current).toList();
        Path newest = released.get(released.size() - 1);
        if (!new Schema.Parser().parse(newest.toFile()).equals(current)) {
            Path candidate = Path.of("target", "release", name, "v" + (released.size() + 1) + ".avsc");
            Files.createDirectories(candidate.getParent());
            Files.writeString(candidate, current.toString(true) + "\n");
            throw new AssertionError(name + " differs from its newest released version " + newest + ": release it by"
                    + " copying " + candidate + " to " + RELEASED.resolve(name) + " and pointing docs/asyncapi.yaml at it");
        }
    }

    static Stream<Object[]> currentSchemas() {
        return EventSchemas.ALL.stream().map(schema -> new Object[] {schema.getName(), schema});
    }

    @Test
    void everyEventHasAtLeastOneReleasedVersion() {
        for (Schema schema : EventSchemas.ALL) {
            assertThat(RELEASED.resolve(schema.getName())).isDirectoryContaining("glob:**.avsc");
        }
    }

    @Test
    void aNewFieldWithoutADefaultFailsNamingTheField() throws IOException {
        Schema released = releasedRefundApproved();
        String withNewRequiredField = released.toString().replaceFirst("\"fields\":\\[",
                "\"fields\":[{\"name\":\"mandatoryNewField\",\"type\":\"string\"},");
        Schema breaking = new Schema.Parser().parse(withNewRequiredField);

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(breaking, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(BackwardCompatibility.problems(breaking, released, "released v1")).containsExactly(
                "RefundApproved field 'mandatoryNewField' cannot read released v1: READER_FIELD_MISSING_DEFAULT_VALUE"
                        + " (mandatoryNewField); give the new field a default");
    }

    @Test
    void aChangedTypeInsideAnArrayFailsNamingTheNestedField() throws IOException {
        Schema released = releasedRefundApproved();
        String amountAsString = released.toString().replace(
                "\"name\":\"amountMinor\",\"type\":\"long\",\"doc\":\"Approved (or",
                "\"name\":\"amountMinor\",\"type\":\"string\",\"doc\":\"Approved (or");
        Schema breaking = new Schema.Parser().parse(amountAsString);

        assertThat(BackwardCompatibility.problems(breaking, released, "released v1"))
                .anyMatch(problem -> problem.startsWith("RefundApproved field 'lines[].amountMinor' cannot read"))
                .allMatch(problem -> problem.contains("TYPE_MISMATCH"));
    }

    @Test
    void anAdditiveFieldWithADefaultPasses() throws IOException {
        Schema released = releasedRefundApproved();
        Schema additive = new Schema.Parser().parse(released.toString().replaceFirst("\"fields\":\\[",
                "\"fields\":[{\"name\":\"channel\",\"type\":[\"null\",\"string\"],\"default\":null},"));

        assertThat(BackwardCompatibility.problems(additive, released, "released v1")).isEmpty();
    }

    private static Schema releasedRefundApproved() throws IOException {
        return new Schema.Parser().parse(RELEASED.resolve("RefundApproved").resolve("v1.avsc").toFile());
    }

    @Test
    void everyEnumHasADefaultSymbol() {
        for (Schema schema : EventSchemas.ALL) {
            enumsIn(schema, new java.util.HashSet<>()).forEach(e -> assertThat(e.getEnumDefault())
                    .as("default symbol of enum %s", e.getFullName()).isNotNull());
        }
    }

    @Test
    void everyEventCarriesTheCommonFields() {
        for (Schema schema : EventSchemas.ALL) {
            List<String> common = schema.getName().equals("RefundPolicyChanged")
                    ? List.of("eventId", "occurredAt", "correlationId", "policyVersion")
                    : List.of("eventId", "refundId", "orderNumber", "occurredAt", "correlationId");
            common.forEach(field -> assertThat(schema.getField(field)).as(schema.getName() + "." + field).isNotNull());
            assertThat(schema.getNamespace()).isEqualTo("com.necxian.refunds.events");
        }
    }

    private static Stream<Schema> enumsIn(Schema schema, java.util.Set<String> seen) {
        return switch (schema.getType()) {
            case ENUM -> Stream.of(schema);
            case RECORD -> seen.add(schema.getFullName())
                    ? schema.getFields().stream().flatMap(f -> enumsIn(f.schema(), seen))
                    : Stream.empty();
            case ARRAY -> enumsIn(schema.getElementType(), seen);
            case UNION -> schema.getTypes().stream().flatMap(t -> enumsIn(t, seen));
            default -> Stream.empty();
        };
    }

}
