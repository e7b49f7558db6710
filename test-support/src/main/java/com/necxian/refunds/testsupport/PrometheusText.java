package com.necxian.refunds.testsupport;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads values out of a service's {@code /actuator/prometheus} text. */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusText() {
    }

    /** The sum of every sample of {@code name} whose labels include {@code labels}; 0 when there is none. */
    public static double sum(String text, String name, Map<String, String> labels) {
        double sum = 0;
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (sample.group(1).equals(name) && hasAll(sample.group(3), labels)) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    /** Whether any sample of {@code name} exists. */
    public static boolean has(String text, String name) {
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (sample.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAll(String labelText, Map<String, String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        if (labelText == null) {
            return false;
        }
        var found = new java.util.HashMap<String, String>();
        Matcher label = LABEL.matcher(labelText);
        while (label.find()) {
            found.put(label.group(1), label.group(2));
        }
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(found.get(e.getKey())));
    }
}
