package com.necxian.refunds.payment.web;

/** What the OpenAPI description says of the API's strings: one spelling for every schema that uses them. */
public final class OpenApiFormats {

    /** Money as a decimal string with the currency's fraction digits ("199.00", "1500"). */
    public static final String AMOUNT = "^[0-9]+(\\.[0-9]+)?$";
    public static final String CURRENCY = "^[A-Z]{3}$";

    private OpenApiFormats() {
    }
}
