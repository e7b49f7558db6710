package com.necxian.refunds.notification.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** An amount in minor units of an ISO 4217 currency, written for a person: "1,234.50 EUR", "1,500 JPY". */
public record Money(long minor, Currency currency) {

    /** @throws IllegalArgumentException for a code that is not an ISO 4217 currency */
    public static Money of(long minor, String currencyCode) {
        try {
            return new Money(minor, Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currencyCode, e);
        }
    }

    public int fractionDigits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, fractionDigits());
    }

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
