package com.necxian.refunds.payment.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Money as the HTTP API writes it: a decimal string with the currency's fraction digits, never a float. */
public final class MoneyText {

    private MoneyText() {
    }

    public static String format(long minor, String currencyCode) {
        int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
