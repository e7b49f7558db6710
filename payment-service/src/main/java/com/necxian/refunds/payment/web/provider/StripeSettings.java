package com.necxian.refunds.payment.web.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stripe ({@code necxian.payment.stripe}): the secret key (required when Stripe is the provider, checked when its
 * adapter is made), the API base (overridable for tests and proxies; blank means Stripe's own) and the timeouts.
 */
@ConfigurationProperties("necxian.payment.stripe")
public record StripeSettings(String apiKey, String apiBase, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {

    static final String STRIPE_API = "https://api.stripe.com";

    public StripeSettings {
        apiBase = apiBase == null || apiBase.isBlank() ? STRIPE_API : apiBase;
        if (!positive(connectTimeout) || !positive(readTimeout)) {
            throw new IllegalArgumentException("necxian.payment.stripe.connect-timeout and read-timeout must be "
                    + "positive: " + connectTimeout + ", " + readTimeout);
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    @Override
    public String toString() {
        return "StripeSettings[apiKey=" + (apiKey == null || apiKey.isBlank() ? "<unset>" : "***") + ", apiBase="
                + apiBase + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
