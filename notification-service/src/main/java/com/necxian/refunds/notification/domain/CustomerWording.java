package com.necxian.refunds.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words a customer reads for the system's codes and times. */
public final class CustomerWording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final Map<String, String> REASONS = Map.of(
            "DEFECTIVE", "the product is defective",
            "PRODUCT_RECALL", "the product was recalled",
            "NOT_AS_DESCRIBED", "the product is not as described",
            "TECHNICAL_ISSUE", "a technical issue",
            "BILLING_ERROR", "a billing error",
            "NOT_DELIVERED", "it was not delivered",
            "SIGNIFICANT_DEVIATION", "it deviated significantly from what was agreed",
            "NO_LONGER_NEEDED", "it is no longer needed",
            "DISSATISFIED", "you are not satisfied with it",
            "OTHER", "another reason");

    private static final Map<String, String> PAYMENT_METHODS = Map.of(
            "CARD", "card",
            "PAYPAL", "PayPal account",
            "BANK_TRANSFER", "bank account",
            "GIFT_CARD", "gift card",
            "STORE_CREDIT", "store credit balance");

    private CustomerWording() {
    }

    public static String reason(String code) {
        return REASONS.getOrDefault(code, REASONS.get("OTHER"));
    }

    /** "card", "PayPal account" ... or "original payment method" when the method is unknown. */
    public static String paymentMethod(String code) {
        return PAYMENT_METHODS.getOrDefault(code, "original payment method");
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }
}
