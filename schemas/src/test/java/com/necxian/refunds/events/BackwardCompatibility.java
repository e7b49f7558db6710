package com.necxian.refunds.events;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * BACKWARD: can a consumer on the new schema read what was written with a released one? Each problem is one
 * sentence naming the field by its path in the new schema (e.g. {@code lines[].amountMinor}), so a failed build
 * says what to fix.
 */
final class BackwardCompatibility {

    private BackwardCompatibility() {
    }

    static List<String> problems(Schema current, Schema released, String releasedName) {
        return SchemaCompatibility.checkReaderWriterCompatibility(current, released).getResult()
                .getIncompatibilities().stream()
                .map(problem -> describe(current, problem, releasedName)).toList();
    }

    private static String describe(Schema current, Incompatibility problem, String releasedName) {
        return "%s field '%s' cannot read %s: %s (%s)%s".formatted(current.getName(),
                fieldPath(current, problem.getLocation()), releasedName, problem.getType(), problem.getMessage(),
                advice(problem));
    }

    private static String advice(Incompatibility problem) {
        return switch (problem.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> "; give the new field a default";
            case MISSING_ENUM_SYMBOLS -> "; keep every released symbol, or give the enum a default";
            default -> "; keep the released type (a change needs a new field or a new topic)";
        };
    }

    /** The JSON pointer Avro reports ("/fields/7/type/items/fields/2/type"), as field names: "lines[].amountMinor". */
    static String fieldPath(Schema schema, String location) {
        StringBuilder path = new StringBuilder();
        String[] steps = location.replaceFirst("^/", "").split("/");
        Schema at = schema;
        for (int i = 0; i < steps.length && at != null; i++) {
            switch (steps[i]) {
                case "fields" -> {
                    Schema.Field field = at.getFields().get(Integer.parseInt(steps[++i]));
                    path.append(path.isEmpty() ? "" : ".").append(field.name());
                    at = field.schema();
                }
                case "items" -> {
                    path.append("[]");
                    at = at.getElementType();
                }
                case "values" -> {
                    path.append("{}");
                    at = at.getValueType();
                }
                case "type", "" -> {
                }
                default -> at = at.getType() == Schema.Type.UNION ? unionBranch(at, steps[i]) : null;
            }
        }
        return path.isEmpty() ? schema.getName() : path.toString();
    }

    private static Schema unionBranch(Schema union, String step) {
        return step.matches("\\d+") ? union.getTypes().get(Integer.parseInt(step)) : null;
    }
}
