package com.necxian.refunds.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money as the HTTP API writes it: a decimal string with at most the currency's fraction digits, never a float. */
public final class MoneyText {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");

    private MoneyText() {
    }

    /** The ISO 4217 currency, or empty for an unknown code or one without fraction digits (XXX, XAU...). */
    public static Optional<Currency> currency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
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
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() > digits) {
            return Optional.empty();
        }
        try {
            return Optional.of(amount.movePointRight(digits).longValueExact());
        } catch (ArithmeticException beyondLong) {
            return Optional.empty();
        }
    }

    /** Like {@link #toMinor(String, Currency)}, and empty as well when the code is not a currency. */
    public static Optional<Long> toMinor(String text, String currencyCode) {
        return currency(currencyCode).flatMap(currency -> toMinor(text, currency));
    }

    /**
     * The decimal string for an amount in minor units: {@code 1050 EUR} is "10.50", {@code 1050 JPY} "1050".
     * A code that is not a currency is written with no fraction digits rather than failing a response or a consumer.
     */
    public static String format(long minor, String currencyCode) {
        int digits = currency(currencyCode).map(Currency::getDefaultFractionDigits).orElse(0);
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
