package com.necxian.refunds.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document is the contract other teams generate clients from, so it is committed in
 * {@code docs/openapi/<service>.json} (where the build lints it) and a test checks the served one matches it. When they
 * differ, the served one is written to {@code target/openapi/<service>.json} to review and copy over; with
 * {@code -Dopenapi.write=true} it is written to docs directly.
 */
public final class OpenApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiDocument() {
    }

    /** Compares the document a service serves at /v3/api-docs with the committed one. */
    public static void assertMatchesCommitted(String service, String served) {
        String normalised = normalise(served);
        Path committed = repositoryRoot().resolve("docs/openapi/" + service + ".json");
        if (Boolean.getBoolean("openapi.write")) {
            write(committed, normalised);
        }
        String before = Files.exists(committed) ? read(committed) : "";
        if (!before.equals(normalised)) {
            Path review = Path.of("target/openapi/" + service + ".json").toAbsolutePath();
            write(review, normalised);
            throw new AssertionError("the OpenAPI document " + service + " serves differs from " + committed
                    + "; review " + review + " and copy it there (or run the test with -Dopenapi.write=true)");
        }
    }

    /**
     * Sorted keys. A service names its {@code servers} itself (its local URL): springdoc's own guess names the random
     * test port, which would never match.
     */
    static String normalise(String document) {
        Object sorted = JSON.treeToValue(JSON.readTree(document), Object.class);
        return JSON.writeValueAsString(sorted) + "\n";
    }

    /** The directory holding the root pom.xml and docs/. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docs/ beside a pom.xml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
