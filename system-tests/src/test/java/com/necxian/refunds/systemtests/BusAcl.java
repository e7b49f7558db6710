package com.necxian.refunds.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.SecurityUtils;

/**
 * One line of docker/kafka/acls.txt, read as docker/kafka/init.sh reads it for kafka-acls.sh: it allows every
 * operation on every name. Operations and pattern types are parsed with the same Kafka code kafka-acls.sh uses.
 */
record BusAcl(String principal, List<AclOperation> operations, ResourceType resourceType, PatternType patternType,
        List<String> names) {

    static final Path FILE = ComposeFileTest.ROOT.resolve("docker/kafka/acls.txt");

    /** kafka-acls.sh's options --topic, --group, --transactional-id. */
    private static final Map<String, ResourceType> RESOURCE_TYPES = Map.of("topic", ResourceType.TOPIC, "group",
            ResourceType.GROUP, "transactional-id", ResourceType.TRANSACTIONAL_ID);

    static List<BusAcl> all() {
        try (var lines = Files.lines(FILE)) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(BusAcl::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BusAcl parse(String line) {
        String[] columns = line.split("\\s+");
        if (columns.length < 5 || !columns[0].startsWith("User:")) {
            throw new IllegalArgumentException("not an ACL line: " + line);
        }
        List<AclOperation> operations = Arrays.stream(columns[1].split(",")).map(SecurityUtils::operation).toList();
        ResourceType type = RESOURCE_TYPES.get(columns[2]);
        PatternType pattern = PatternType.fromString(columns[3]);
        if (operations.contains(AclOperation.UNKNOWN) || type == null || pattern == PatternType.UNKNOWN) {
            throw new IllegalArgumentException("unknown operation, resource or pattern type in: " + line);
        }
        return new BusAcl(columns[0], operations, type, pattern, List.of(columns).subList(4, columns.length));
    }

    String user() {
        return principal.substring("User:".length());
    }

    List<AclBinding> bindings() {
        return names.stream().flatMap(name -> operations.stream().map(operation -> new AclBinding(
                new ResourcePattern(resourceType, name, patternType),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)))).toList();
    }

    /** Whether this line lets {@code user} do {@code operation} (exactly, not by implication) on the resource. */
    boolean grants(String user, AclOperation operation, ResourceType type, String name) {
        return user().equals(user) && operations.contains(operation) && resourceType == type
                && names.stream().anyMatch(granted -> patternType == PatternType.PREFIXED ? name.startsWith(granted)
                        : name.equals(granted));
    }

    static boolean anyGrants(String user, AclOperation operation, ResourceType type, String name) {
        return all().stream().anyMatch(acl -> acl.grants(user, operation, type, name));
    }
}
