package com.necxian.refunds.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** docker/kafka/topics.txt: each topic kafka-init creates, with its retention.ms. */
final class TopicSettings {

    private TopicSettings() {
    }

    static Map<String, String> retentionByTopic(Path topicsFile) throws IOException {
        return Files.readAllLines(topicsFile).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(words -> words[0], words -> words.length > 1 ? words[1] : "unset"));
    }
}
