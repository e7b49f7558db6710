package com.necxian.refunds.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.money.MoneyText;

/**
 * The operator settings as JSON: whole days, and review thresholds (STD-2) per currency as decimal strings
 * ("1000.00" EUR, "150000" JPY).
 */
record PolicySettingsBody(Integer returnWindowDays, Integer digitalComplaintDays, Integer respondWithinDays,
        Integer processWithinDays, Map<String, String> reviewThresholds) {

    static PolicySettingsBody of(PolicySettings settings) {
        Map<String, String> thresholds = new TreeMap<>();
        settings.reviewThresholdMinorByCurrency().forEach((currency, minor) ->
                thresholds.put(currency, MoneyText.format(minor, currency)));
        return new PolicySettingsBody(settings.returnWindowDays(), settings.digitalComplaintDays(),
                settings.respondWithinDays(), settings.processWithinDays(), thresholds);
    }

    /** The settings, or InvalidRequest listing every problem. The version number is assigned when posted. */
    PolicySettings toSettings() {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "settings.returnWindowDays", returnWindowDays);
        required(problems, "settings.digitalComplaintDays", digitalComplaintDays);
        required(problems, "settings.respondWithinDays", respondWithinDays);
        required(problems, "settings.processWithinDays", processWithinDays);
        Map<String, Long> thresholds = new LinkedHashMap<>();
        (reviewThresholds == null ? Map.<String, String>of() : reviewThresholds).forEach((currency, amount) -> {
            var minor = MoneyText.toMinor(amount, currency);
            if (MoneyText.currency(currency).isEmpty()) {
                problems.add(new FieldProblem("settings.reviewThresholds." + currency, "is not an ISO 4217 code"));
            } else if (minor.isEmpty()) {
                problems.add(new FieldProblem("settings.reviewThresholds." + currency, "must be a decimal string "
                        + "of zero or more with at most the currency's fraction digits"));
            } else {
                thresholds.put(currency, minor.get());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid policy settings", problems);
        }
        PolicySettings settings = new PolicySettings(1, returnWindowDays, thresholds, digitalComplaintDays,
                respondWithinDays, processWithinDays);
        List<FieldProblem> rejected = settings.validate().stream()
                .map(problem -> new FieldProblem("settings", problem)).toList();
        if (!rejected.isEmpty()) {
            throw new InvalidRequest("Invalid policy settings", rejected);
        }
        return settings;
    }

    private static void required(List<FieldProblem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }
}
