package com.necxian.refunds.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** schemas/released/&lt;Event&gt;/vN.avsc: what consumers may already have read. */
final class ReleasedSchemas {

    static final Path DIRECTORY = Path.of("..", "schemas", "released").toAbsolutePath().normalize();

    private ReleasedSchemas() {
    }

    /** The highest vN of the event. */
    static Path newest(String event) throws IOException {
        try (Stream<Path> versions = Files.list(DIRECTORY.resolve(event))) {
            return versions.filter(p -> p.getFileName().toString().matches("v\\d+\\.avsc"))
                    .max(Comparator.comparingInt(ReleasedSchemas::version))
                    .orElseThrow(() -> new IllegalStateException("no released version of " + event));
        }
    }

    private static int version(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
    }
}
