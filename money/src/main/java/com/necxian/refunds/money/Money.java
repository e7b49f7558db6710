package com.necxian.refunds.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units of an ISO 4217 currency; never a float. The one money type of every service: the
 * HTTP APIs write it as a decimal string with the currency's fraction digits ({@link #decimal()}: "10.50", "1500"),
 * sentences and e-mails as {@link #text()} ("1,234.50 EUR").
 */
public record Money(long minor, Currency currency) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");

    /** @throws IllegalArgumentException for a currency without fraction digits defined (XXX, XAU...) */
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("not a currency with minor units: " + currency);
        }
    }

    /** @throws IllegalArgumentException for a code that is not an ISO 4217 currency with minor units */
    public static Money of(long minor, String currencyCode) {
        return new Money(minor, currency(currencyCode).orElseThrow(
                () -> new IllegalArgumentException("not an ISO 4217 currency code: " + currencyCode)));
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

    public static boolean isCurrency(String code) {
        return currency(code).isPresent();
    }

    /** The amount of a decimal string, or empty when it is not plain digits with at most the currency's fraction digits. */
    public static Optional<Money> parse(String text, Currency currency) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text);
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() > digits) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Money(amount.movePointRight(digits).longValueExact(), currency));
        } catch (ArithmeticException beyondLong) {
            return Optional.empty();
        }
    }

    /** Like {@link #parse(String, Currency)}, and empty as well when the code is not a currency. */
    public static Optional<Money> parse(String text, String currencyCode) {
        return currency(currencyCode).flatMap(currency -> parse(text, currency));
    }

    /** Minor units of a decimal string: {@code parse(text, currency).map(Money::minor)}. */
    public static Optional<Long> toMinor(String text, Currency currency) {
        return parse(text, currency).map(Money::minor);
    }

    public static Optional<Long> toMinor(String text, String currencyCode) {
        return parse(text, currencyCode).map(Money::minor);
    }

    /**
     * The decimal string for an amount in minor units: {@code 1050 EUR} is "10.50", {@code 1050 JPY} "1050".
     * A code that is not a currency is written with no fraction digits rather than failing a response or a consumer.
     */
    public static String decimal(long minor, String currencyCode) {
        int digits = currency(currencyCode).map(Currency::getDefaultFractionDigits).orElse(0);
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    public int fractionDigits() {
        return currency.getDefaultFractionDigits();
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, fractionDigits());
    }

    /** "10.50", "1500", "-3.25": the API's form, without grouping or code. */
    public String decimal() {
        return amount().toPlainString();
    }

    /** "1,234.50 EUR", "1,500 JPY": for a person reading a sentence or an e-mail. */
    public String text() {
        int digits = fractionDigits();
        var format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount()) + " " + currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
