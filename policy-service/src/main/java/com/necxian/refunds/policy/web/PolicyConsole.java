package com.necxian.refunds.policy.web;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.necxian.refunds.policy.application.ChangePolicy;
import com.necxian.refunds.policy.application.PolicyInForce;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The policy in a browser: the version in force, its history, and for the policy owner a form for the next
 * version with a preview of what it changes. Posting goes through {@link ChangePolicy}, like the policy API.
 */
@Controller
@Hidden
@RequestMapping("/console/policy")
class PolicyConsole {

    /** The form; thresholds are one "CURRENCY amount" a line, e.g. "EUR 1000.00"; recalls one SKU a line. */
    record VersionForm(String returnWindowDays, String digitalComplaintDays, String respondWithinDays,
            String processWithinDays, String thresholds, String recalls, Boolean significant, String summary) {

        public boolean isSignificant() {
            return Boolean.TRUE.equals(significant);
        }

        static VersionForm of(PolicySettings inForce) {
            PolicySettingsBody settings = PolicySettingsBody.of(inForce);
            StringBuilder lines = new StringBuilder();
            settings.reviewThresholds().forEach((currency, amount) -> lines.append(currency).append(' ')
                    .append(amount).append('\n'));
            return new VersionForm(String.valueOf(settings.returnWindowDays()),
                    String.valueOf(settings.digitalComplaintDays()), String.valueOf(settings.respondWithinDays()),
                    String.valueOf(settings.processWithinDays()), lines.toString().strip(),
                    PolicyConsoleRecallList.text(inForce.recalls()), false, "");
        }

        PolicySettingsBody settings(List<FieldProblem> problems) {
            Map<String, String> byCurrency = new LinkedHashMap<>();
            for (String line : (thresholds == null ? "" : thresholds).strip().split("\\R")) {
                String[] parts = line.strip().split("\\s+");
                if (line.isBlank()) {
                    continue;
                }
                if (parts.length != 2) {
                    problems.add(new FieldProblem("thresholds", "each line is a currency code and an amount, "
                            + "e.g. EUR 1000.00 (not: " + line.strip() + ")"));
                } else {
                    byCurrency.put(parts[0], parts[1]);
                }
            }
            return new PolicySettingsBody(days(problems, "returnWindowDays", returnWindowDays),
                    days(problems, "digitalComplaintDays", digitalComplaintDays),
                    days(problems, "respondWithinDays", respondWithinDays),
                    days(problems, "processWithinDays", processWithinDays), byCurrency);
        }

        private static Integer days(List<FieldProblem> problems, String field, String value) {
            if (value == null || value.isBlank()) {
                return null; // toSettings() names it as required
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException notANumber) {
                problems.add(new FieldProblem(field, "must be a whole number of days"));
                return 0;
            }
        }
    }

    /** One setting the new version would change. */
    record Change(String setting, String inForce, String proposed) {
    }

    /** A row of the history: the version as the API shows it, and its recalled SKUs. */
    record HistoryRow(PolicyVersionView version, String recalls) {

        static HistoryRow of(PolicyVersion version) {
            List<Recall> recalls = version.settings().recalls();
            return new HistoryRow(PolicyVersionView.of(version),
                    recalls.isEmpty() ? "none" : String.join(", ", recalls.stream().map(Recall::sku).toList()));
        }
    }

    private final PolicyInForce policy;
    private final ChangePolicy changes;
    private final Clock clock;

    PolicyConsole(PolicyInForce policy, ChangePolicy changes, Clock clock) {
        this.policy = policy;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping
    String policy(@RequestParam(required = false) Integer posted, Authentication person, Model model) {
        PolicyVersion current = policy.current();
        return page(model, person, VersionForm.of(current.settings()), Map.of(), null, posted);
    }

    @PostMapping("/versions")
    String post(@ModelAttribute VersionForm form, @RequestParam(defaultValue = "preview") String action,
            Authentication person, Principal owner, Model model, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        PolicySettingsBody body = form.settings(problems);
        PolicyConsoleRecallList recalls = PolicyConsoleRecallList.parse(form.recalls(), problems);
        UnaryOperator<PolicySettings> change = inForce -> body.toSettings(inForce)
                .withRecallList(recalls.skus(), clock.instant());
        if (form.summary() == null || form.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "is required: customers read it for significant changes"));
        }
        PolicySettingsBody proposed = null;
        try {
            proposed = PolicySettingsBody.of(body.toSettings(policy.current().settings()));
            if (problems.isEmpty() && action.equals("post")) {
                PolicyVersion version = changes.post(change, form.isSignificant(), form.summary(), owner.getName(),
                        UUID.randomUUID().toString());
                return "redirect:/console/policy?posted=" + version.version();
            }
        } catch (InvalidRequest invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, person, form, errors(problems), null, null);
        }
        PolicySettings inForce = policy.current().settings();
        return page(model, person, form, Map.of(),
                changes(PolicySettingsBody.of(inForce), proposed, recalls.changesFrom(inForce.recalls()), form), null);
    }

    private String page(Model model, Authentication person, VersionForm form, Map<String, String> errors,
            List<Change> preview, Integer posted) {
        PolicyVersion current = policy.current();
        model.addAttribute("current", current);
        model.addAttribute("currentSettings", PolicySettingsBody.of(current.settings()));
        model.addAttribute("currentRecalls", current.settings().recalls());
        model.addAttribute("history", policy.history().stream().map(HistoryRow::of).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("posted", posted);
        return "console/policy";
    }

    /** Field names of the API ("settings.returnWindowDays") as the form's ("returnWindowDays"). */
    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = problem.field().replaceFirst("^settings\\.", "")
                    .replaceFirst("^reviewThresholds.*", "thresholds").replaceFirst("^settings$", "thresholds");
            errors.merge(field, problem.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private static List<Change> changes(PolicySettingsBody now, PolicySettingsBody next, List<Change> recalls,
            VersionForm form) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "Return window (days, STD-1)", now.returnWindowDays(), next.returnWindowDays());
        compare(changes, "Digital complaint window (days, DIG-4)", now.digitalComplaintDays(),
                next.digitalComplaintDays());
        compare(changes, "Respond within (days, PROC-2)", now.respondWithinDays(), next.respondWithinDays());
        compare(changes, "Process within (days, PROC-3)", now.processWithinDays(), next.processWithinDays());
        var currencies = new java.util.TreeSet<>(now.reviewThresholds().keySet());
        currencies.addAll(next.reviewThresholds().keySet());
        for (String currency : currencies) {
            compare(changes, "Review threshold " + currency + " (STD-2)", now.reviewThresholds().get(currency),
                    next.reviewThresholds().get(currency));
        }
        changes.addAll(recalls);
        changes.add(new Change("Significant (customers are e-mailed, CHG-2)", "-", form.isSignificant() ? "yes" : "no"));
        return changes;
    }

    private static void compare(List<Change> changes, String setting, Object now, Object next) {
        if (!Objects.equals(now, next)) {
            changes.add(new Change(setting, now == null ? "none" : now.toString(),
                    next == null ? "none" : next.toString()));
        }
    }
}
