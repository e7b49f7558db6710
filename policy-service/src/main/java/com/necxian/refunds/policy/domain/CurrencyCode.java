package com.necxian.refunds.policy.domain;

import java.util.Currency;

/** ISO 4217 checks, backed by {@link Currency}. */
final class CurrencyCode {

    private CurrencyCode() {
    }

    static boolean isKnown(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** 2 for EUR, 0 for JPY, 3 for BHD and KWD; 0 for codes without minor units (e.g. XAU). */
    static int fractionDigits(String code) {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }
}
