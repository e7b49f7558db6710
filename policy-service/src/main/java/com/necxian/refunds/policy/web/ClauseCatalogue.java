package com.necxian.refunds.policy.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The text of each clause ID, from {@code policy/clauses.md} (the clause table of policy-rules.md). */
@Component
class ClauseCatalogue {

    static final String RESOURCE = "/policy/clauses.md";

    /** A clause with its text; an ID not in the catalogue has none. */
    record Clause(String id, String text) {
    }

    private final Map<String, String> texts;

    ClauseCatalogue() {
        this.texts = read();
    }

    Clause clause(String id) {
        return new Clause(id, texts.getOrDefault(id, "(no text in the clause catalogue)"));
    }

    List<Clause> clauses(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(this::clause).toList();
    }

    Map<String, String> all() {
        return texts;
    }

    private static Map<String, String> read() {
        try (InputStream in = ClauseCatalogue.class.getResourceAsStream(RESOURCE)) {
            Map<String, String> texts = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("| "))
                    .map(line -> line.split("\\|")).filter(cells -> cells.length >= 3)
                    .forEach(cells -> texts.put(cells[1].strip(), cells[2].strip()));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
