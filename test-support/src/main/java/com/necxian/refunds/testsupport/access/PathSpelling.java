package com.necxian.refunds.testsupport.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Other ways to write a route's path, as an attacker would try them: path parameters, percent-encoded letters,
 * slashes and dots, '//', '/./', '/../', a trailing slash, other letter case. {@code refused} marks the spellings the
 * strict firewall turns away before any route is looked up.
 */
public record PathSpelling(String kind, String target, boolean refused) {

    /** Every spelling of a path (it may carry a query string), the plain one first. */
    public static List<PathSpelling> of(String target) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q);
        String[] segments = path.substring(1).split("/");
        String first = segments[0];
        String rest = path.substring(first.length() + 1);
        String last = segments[segments.length - 1];
        String beforeLast = path.substring(0, path.length() - last.length());
        List<PathSpelling> spellings = new ArrayList<>();
        spellings.add(new PathSpelling("plain", path + query, false));
        spellings.add(new PathSpelling("path parameter after the first segment", "/" + first + ";x" + rest + query, true));
        spellings.add(new PathSpelling("path parameter after the last segment", path + ";x" + query, true));
        spellings.add(new PathSpelling("path parameter in the middle", beforeLast.substring(0, beforeLast.length() - 1)
                + ";jsessionid=1/" + last + query, true));
        spellings.add(new PathSpelling("percent-encoded first letter", "/" + encodeFirst(first) + rest + query, false));
        spellings.add(new PathSpelling("percent-encoded last letter", beforeLast + encodeFirst(last) + query, false));
        spellings.add(new PathSpelling("encoded slash", "/" + first + "%2F" + rest.substring(1) + query, true));
        spellings.add(new PathSpelling("lower-case encoded slash", "/" + first + "%2f" + rest.substring(1) + query, true));
        spellings.add(new PathSpelling("double slash in front", "/" + path + query, true));
        spellings.add(new PathSpelling("double slash inside", "/" + first + "/" + rest + query, true));
        spellings.add(new PathSpelling("dot segment", "/" + first + "/." + rest + query, true));
        spellings.add(new PathSpelling("dot-dot segment", "/" + first + "/x/.." + rest + query, true));
        spellings.add(new PathSpelling("dot-dot in front", "/x/.." + path + query, true));
        spellings.add(new PathSpelling("encoded dot segment", "/" + first + "/%2e" + rest + query, true));
        spellings.add(new PathSpelling("encoded dot-dot segment", "/" + first + "/x/%2e%2e" + rest + query, true));
        spellings.add(new PathSpelling("encoded backslash", "/" + first + "%5C" + rest.substring(1) + query, true));
        spellings.add(new PathSpelling("trailing slash", path + "/" + query, false));
        spellings.add(new PathSpelling("upper case", path.toUpperCase(Locale.ROOT) + query, false));
        spellings.add(new PathSpelling("upper-case first segment", "/" + first.toUpperCase(Locale.ROOT) + rest + query,
                false));
        return spellings;
    }

    private static String encodeFirst(String segment) {
        return String.format("%%%02X", (int) segment.charAt(0)) + segment.substring(1);
    }
}
