package com.necxian.refunds.policy.web;

/** The text formats the API's JSON uses, as the OpenAPI document states them. */
final class ApiPatterns {

    /** Money: a decimal string; the currency decides how many fraction digits are allowed (ISO 4217). */
    static final String DECIMAL = "^\\d{1,15}(\\.\\d{1,4})?$";

    /** An ISO 4217 currency code. */
    static final String CURRENCY = "^[A-Z]{3}$";

    private ApiPatterns() {
    }
}
