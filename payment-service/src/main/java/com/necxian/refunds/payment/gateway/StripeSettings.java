package com.necxian.refunds.payment.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Stripe's secret key and API base (overridable for tests and proxies). */
@ConfigurationProperties("necxian.payment.stripe")
public record StripeSettings(String apiKey, String apiBase, Integer connectTimeoutMillis, Integer readTimeoutMillis) {

    public StripeSettings {
        apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase;
        connectTimeoutMillis = connectTimeoutMillis == null ? 5_000 : connectTimeoutMillis;
        readTimeoutMillis = readTimeoutMillis == null ? 20_000 : readTimeoutMillis;
    }

    @Override
    public String toString() {
        return "StripeSettings[apiKey=" + (apiKey == null || apiKey.isBlank() ? "<unset>" : "***") + ", apiBase="
                + apiBase + ", connectTimeoutMillis=" + connectTimeoutMillis + ", readTimeoutMillis="
                + readTimeoutMillis + "]";
    }
}
