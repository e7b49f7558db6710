package com.necxian.refunds.testsupport.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.necxian.refunds.testsupport.access.AccessProbe.Route;

/**
 * Black-box check of a browser console's access rules (form login, session cookie, CSRF token) over real HTTP:
 * every route, in every {@link PathSpelling}, sends a visitor without a session to the login page (or refuses
 * a POST without a CSRF token), answers 403 to a signed-in role not allowed on it, and never serves the page to
 * either. The wrong role sends a valid CSRF token, so a 403 on a POST is the role check, not the token's.
 */
public final class ConsoleProbe {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String LOGIN = "/console/login";

    /** A signed-in person: the role, the session cookie and a CSRF token of that session. */
    public record Session(String role, String cookie, String csrf) {

        public Map<String, String> headers() {
            return Map.of("Cookie", cookie, "X-CSRF-TOKEN", csrf);
        }
    }

    private ConsoleProbe() {
    }

    /** Signs in with the login form; {@code home} is a console page the role may open (it carries a CSRF token). */
    public static Session signIn(int port, String role, String username, String password, String home) {
        RawHttp.Answer form = RawHttp.send(port, "GET", LOGIN, Map.of(), null);
        String cookie = cookie(form, null);
        RawHttp.Answer login = RawHttp.send(port, "POST", LOGIN, Map.of("Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded"), "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(csrf(form)));
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + login.status() + " "
                    + login.header("Location"));
        }
        String session = cookie(login, cookie);
        RawHttp.Answer page = RawHttp.send(port, "GET", home, Map.of("Cookie", session), null);
        return new Session(role, session, csrf(page));
    }

    /** What went wrong, one line per request; empty when every answer was as it should be. */
    public static List<String> violations(int port, List<Route> routes, List<Session> sessions) {
        List<String> violations = new ArrayList<>();
        for (Route route : routes) {
            String body = route.method().equals("GET") ? null : "";
            for (PathSpelling spelling : PathSpelling.of(route.path())) {
                boolean plain = spelling.kind().equals("plain");
                RawHttp.Answer anonymous = RawHttp.send(port, route.method(), spelling.target(),
                        form(Map.of()), body);
                boolean toLogin = anonymous.status() == 302 && anonymous.header("Location").endsWith(LOGIN);
                boolean refused = plain ? toLogin || (body != null && anonymous.status() == 403)
                        : toLogin || Set.of(400, 401, 403, 404).contains(anonymous.status());
                check(violations, route, spelling, "no session", refused, anonymous);
                for (Session session : sessions) {
                    if (!route.roles().contains(session.role())) {
                        RawHttp.Answer wrong = RawHttp.send(port, route.method(), spelling.target(),
                                form(session.headers()), body);
                        check(violations, route, spelling, "role " + session.role(), plain ? wrong.status() == 403
                                : Set.of(302, 400, 401, 403, 404).contains(wrong.status()), wrong);
                    }
                }
            }
        }
        return violations;
    }

    private static Map<String, String> form(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return all;
    }

    private static void check(List<String> violations, Route route, PathSpelling spelling, String who, boolean ok,
            RawHttp.Answer answer) {
        if (!ok) {
            violations.add("%s %s (%s, %s): got %d %s".formatted(route.method(), spelling.target(), spelling.kind(),
                    who, answer.status(), answer.header("Location") == null ? "" : "to " + answer.header("Location")));
        }
    }

    private static String cookie(RawHttp.Answer answer, String otherwise) {
        String set = answer.header("Set-Cookie");
        return set == null ? otherwise : set.split(";", 2)[0];
    }

    private static String csrf(RawHttp.Answer page) {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the page (" + page.status() + ")");
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
