package com.necxian.refunds.intake.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money as the HTTP API writes it: a decimal string with at most the currency's fraction digits, never a float. */
public final class MoneyText {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");

    private MoneyText() {
    }

    public static Optional<Currency> currency(String code) {
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
    public static Optional<Long> toMinor(String text, Currency currency) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.scale() > currency.getDefaultFractionDigits()) {
            return Optional.empty();
        }
        return Optional.of(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact());
    }

    public static String format(long minor, String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
