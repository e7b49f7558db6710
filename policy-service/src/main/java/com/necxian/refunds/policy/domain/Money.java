package com.necxian.refunds.policy.domain;

/**
 * An amount in minor units of an ISO 4217 currency, only used to write amounts into
 * customer sentences ("199.00 EUR", "1500 JPY", "12.500 KWD"). No floating point.
 */
record Money(long minor, String currency) {

    String display() {
        int digits = CurrencyCode.isKnown(currency) ? CurrencyCode.fractionDigits(currency) : 0;
        String sign = minor < 0 ? "-" : "";
        String units = Long.toString(Math.abs(minor));
        if (digits == 0) {
            return sign + units + " " + currency;
        }
        String padded = "0".repeat(Math.max(0, digits + 1 - units.length())) + units;
        int point = padded.length() - digits;
        return sign + padded.substring(0, point) + "." + padded.substring(point) + " " + currency;
    }
}
