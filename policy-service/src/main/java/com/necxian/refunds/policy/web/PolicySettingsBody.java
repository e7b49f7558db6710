package com.necxian.refunds.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The operator settings as JSON: whole days, and review thresholds (STD-2) per currency as decimal strings
 * ("1000.00" EUR, "150000" JPY).
 */
@Schema(name = "PolicySettings", description = "The operator settings of a version. When posted, a setting left out "
        + "keeps its value in force.")
record PolicySettingsBody(
        @Schema(description = "STD-1: days a regular physical item can be returned after delivery", minimum = "1",
                example = "30")
        Integer returnWindowDays,
        @Schema(description = "DIG-4: fixed at 7 by the policy text", minimum = "7", maximum = "7", example = "7")
        Integer digitalComplaintDays,
        @Schema(description = "PROC-2: fixed at 7 by the policy text", minimum = "7", maximum = "7", example = "7")
        Integer respondWithinDays,
        @Schema(description = "PROC-3: fixed at 7 by the policy text", minimum = "7", maximum = "7", example = "7")
        Integer processWithinDays,
        @Schema(description = "STD-2: per ISO 4217 currency code, the order total above which a request goes to "
                + "review, as a decimal string; posting null for a currency removes it (its requests then always go "
                + "to review); at least one must remain",
                additionalPropertiesSchema = PolicySettingsBody.Threshold.class,
                example = "{\"EUR\": \"1000.00\", \"JPY\": \"150000\"}")
        Map<String, String> reviewThresholds) {

    /** A threshold as the document describes it. */
    @Schema(name = "ReviewThreshold", type = "string", pattern = ApiPatterns.DECIMAL, nullable = true,
            description = "A decimal string; null removes the currency when posted")
    static final class Threshold {
        private Threshold() {
        }
    }

    static PolicySettingsBody of(PolicySettings settings) {
        Map<String, String> thresholds = new TreeMap<>();
        settings.reviewThresholdMinorByCurrency().forEach((currency, minor) ->
                thresholds.put(currency, Money.decimal(minor, currency)));
        return new PolicySettingsBody(settings.returnWindowDays(), settings.digitalComplaintDays(),
                settings.respondWithinDays(), settings.processWithinDays(), thresholds);
    }

    /**
     * The settings of the next version: {@code current} with what is posted changed. A threshold posted as null
     * removes that currency (its requests then go to review, STD-2 fails closed); removing every threshold is
     * refused. InvalidRequest lists every problem. The version number is assigned when posted.
     */
    PolicySettings toSettings(PolicySettings current) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Long> thresholds = new LinkedHashMap<>(current.reviewThresholdMinorByCurrency());
        (reviewThresholds == null ? Map.<String, String>of() : reviewThresholds).forEach((currency, amount) -> {
            String field = "settings.reviewThresholds." + currency;
            if (Money.currency(currency).isEmpty()) {
                problems.add(new FieldProblem(field, "is not an ISO 4217 code"));
            } else if (amount == null) {
                thresholds.remove(currency);
            } else {
                Money.toMinor(amount, currency).ifPresentOrElse(minor -> thresholds.put(currency, minor),
                        () -> problems.add(new FieldProblem(field, "must be a decimal string of zero or more with "
                                + "at most the currency's fraction digits")));
            }
        });
        if (thresholds.isEmpty()) {
            problems.add(new FieldProblem("settings.reviewThresholds", "a version must keep at least one review "
                    + "threshold (STD-2)"));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        PolicySettings settings = new PolicySettings(1, or(returnWindowDays, current.returnWindowDays()), thresholds,
                or(digitalComplaintDays, current.digitalComplaintDays()),
                or(respondWithinDays, current.respondWithinDays()), or(processWithinDays, current.processWithinDays()),
                current.recalls());
        List<FieldProblem> rejected = settings.validate().stream()
                .map(problem -> new FieldProblem("settings", problem)).toList();
        if (!rejected.isEmpty()) {
            throw invalid(rejected);
        }
        return settings;
    }

    private static InvalidRequest invalid(List<FieldProblem> problems) {
        return new InvalidRequest("The policy settings have invalid fields; each is listed in errors. Nothing was "
                + "changed.", problems);
    }

    private static int or(Integer posted, int current) {
        return posted == null ? current : posted;
    }
}
