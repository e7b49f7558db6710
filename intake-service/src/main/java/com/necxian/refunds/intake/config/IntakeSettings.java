package com.necxian.refunds.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The storefront's API key (required outside the local profile: the service refuses to start without it). */
@ConfigurationProperties("necxian.intake")
public record IntakeSettings(String storefrontApiKey) {

    public IntakeSettings {
        if (storefrontApiKey == null || storefrontApiKey.isBlank()) {
            throw new IllegalStateException("necxian.intake.storefront-api-key (STOREFRONT_API_KEY) is not set");
        }
    }
}
