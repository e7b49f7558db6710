package com.necxian.refunds.policy.domain;

import com.necxian.refunds.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator settings of one policy version (CHG-1). The rules read every number from here.
 *
 * @param version                       the policy version recorded on every decision
 * @param returnWindowDays              STD-1: days a regular physical item can be returned
 * @param reviewThresholdMinorByCurrency STD-2: an order whose approved total would exceed this goes to
 *                                      manual review; approving in a currency without an entry always does
 * @param digitalComplaintDays          DIG-4: days after delivery a digital complaint is accepted
 * @param respondWithinDays             PROC-2: days to tell the customer the status
 * @param processWithinDays             PROC-3: days to process an approved refund
 *                                      (these three are the policy text's: always {@link #TEXT_DAYS})
 * @param recalls                       EXC-3: the recalled SKUs, versioned with the policy
 */
public record PolicySettings(
        int version,
        int returnWindowDays,
        Map<String, Long> reviewThresholdMinorByCurrency,
        int digitalComplaintDays,
        int respondWithinDays,
        int processWithinDays,
        List<Recall> recalls) {

    /** Keeps null keys and values (unlike Map.copyOf) so that {@link #validate()} can report them. */
    public PolicySettings {
        reviewThresholdMinorByCurrency = reviewThresholdMinorByCurrency == null
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(reviewThresholdMinorByCurrency));
        recalls = recalls == null ? List.of() : List.copyOf(recalls);
    }

    /** Settings without recalls. */
    public PolicySettings(int version, int returnWindowDays, Map<String, Long> reviewThresholdMinorByCurrency,
                          int digitalComplaintDays, int respondWithinDays, int processWithinDays) {
        this(version, returnWindowDays, reviewThresholdMinorByCurrency, digitalComplaintDays, respondWithinDays,
                processWithinDays, List.of());
    }

    /** These settings with {@code recall} added (replacing an earlier recall of the same SKU). */
    public PolicySettings withRecall(Recall recall) {
        List<Recall> updated = new ArrayList<>(recalls.stream().filter(r -> !r.sku().equals(recall.sku())).toList());
        updated.add(recall);
        return new PolicySettings(version, returnWindowDays, reviewThresholdMinorByCurrency, digitalComplaintDays,
                respondWithinDays, processWithinDays, updated);
    }

    /**
     * These settings with exactly {@code skus} recalled (EXC-3), in that order: a SKU already recalled keeps its
     * entry (recall date and note), a new one is recalled at {@code now}, one not listed is no longer recalled.
     */
    public PolicySettings withRecallList(List<String> skus, Instant now) {
        List<Recall> listed = skus.stream().map(sku -> recalls.stream().filter(recall -> recall.sku().equals(sku))
                .findFirst().orElse(new Recall(sku, now, null))).toList();
        return new PolicySettings(version, returnWindowDays, reviewThresholdMinorByCurrency, digitalComplaintDays,
                respondWithinDays, processWithinDays, listed);
    }

    /** These settings under another version number. */
    public PolicySettings numbered(int number) {
        return new PolicySettings(number, returnWindowDays, reviewThresholdMinorByCurrency, digitalComplaintDays,
                respondWithinDays, processWithinDays, recalls);
    }

    boolean isRecalled(String sku) {
        return sku != null && recalls.stream().anyMatch(recall -> recall.sku().equals(sku));
    }

    /** The 7 days the policy text fixes for DIG-4, PROC-2 and PROC-3; intake and payment count them too. */
    public static final int TEXT_DAYS = 7;

    public static PolicySettings defaults() {
        Map<String, Long> thresholds = Map.of(
                "EUR", 100_000L, "USD", 100_000L, "GBP", 100_000L, "JPY", 150_000L);
        return new PolicySettings(1, 30, thresholds, TEXT_DAYS, TEXT_DAYS, TEXT_DAYS);
    }

    public Optional<Long> reviewThresholdMinor(String currency) {
        return currency == null ? Optional.empty() : Optional.ofNullable(reviewThresholdMinorByCurrency.get(currency));
    }

    /** Problems that make these settings unusable; empty when they are valid. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        requirePositive(problems, "version", version);
        requirePositive(problems, "returnWindowDays", returnWindowDays);
        requireText(problems, "digitalComplaintDays", "DIG-4", digitalComplaintDays);
        requireText(problems, "respondWithinDays", "PROC-2", respondWithinDays);
        requireText(problems, "processWithinDays", "PROC-3", processWithinDays);
        reviewThresholdMinorByCurrency.forEach((currency, threshold) -> checkThreshold(problems, currency, threshold));
        recalls.forEach(recall -> {
            if (recall == null || recall.sku() == null || recall.sku().isBlank() || recall.recalledAt() == null) {
                problems.add("a recall needs a sku and recalledAt");
            }
        });
        return List.copyOf(problems);
    }

    private static void requirePositive(List<String> problems, String name, int value) {
        if (value <= 0) {
            problems.add(name + " must be positive, was " + value);
        }
    }

    private static void requireText(List<String> problems, String name, String clause, int value) {
        if (value != TEXT_DAYS) {
            problems.add(name + " is fixed at " + TEXT_DAYS + " days by the policy text (" + clause + "), was "
                    + value);
        }
    }

    private static void checkThreshold(List<String> problems, String currency, Long threshold) {
        if (!Money.isCurrency(currency)) {
            problems.add("reviewThresholdMinorByCurrency has an unknown currency code: " + currency);
        }
        if (threshold == null || threshold < 0) {
            problems.add("review threshold for " + currency + " must be zero or more, was " + threshold);
        }
    }
}
