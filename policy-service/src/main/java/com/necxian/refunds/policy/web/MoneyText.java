package com.necxian.refunds.policy.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money as the HTTP API writes it: a decimal string with the currency's fraction digits, never a float. */
final class MoneyText {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");

    private MoneyText() {
    }

    static Optional<Currency> currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Minor units, or empty when the text is not a plain decimal with at most the currency's fraction digits. */
    static Optional<Long> toMinor(String text, String currencyCode) {
        Optional<Currency> currency = currency(currencyCode);
        if (text == null || currency.isEmpty() || !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text);
        int digits = currency.get().getDefaultFractionDigits();
        if (amount.scale() > digits) {
            return Optional.empty();
        }
        return Optional.of(amount.movePointRight(digits).longValueExact());
    }

    static String format(long minor, String currencyCode) {
        int digits = currency(currencyCode).map(Currency::getDefaultFractionDigits).orElse(0);
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
