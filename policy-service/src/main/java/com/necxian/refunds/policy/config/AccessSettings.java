package com.necxian.refunds.policy.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Reviewer/operator credentials (HTTP Basic) and the storefront's key for the refundability question. */
@ConfigurationProperties("necxian.policy")
public record AccessSettings(String reviewerUser, String reviewerPassword, String storefrontApiKey) {

    public AccessSettings {
        require("necxian.policy.reviewer-user (REVIEWER_USER)", reviewerUser);
        require("necxian.policy.reviewer-password (REVIEWER_PASSWORD)", reviewerPassword);
        require("necxian.policy.storefront-api-key (STOREFRONT_API_KEY)", storefrontApiKey);
    }

    private static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
    }
}
