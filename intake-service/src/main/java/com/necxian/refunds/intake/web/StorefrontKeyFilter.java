package com.necxian.refunds.intake.web;

import org.springframework.stereotype.Component;

import com.necxian.refunds.intake.config.IntakeSettings;
import com.necxian.refunds.web.ApiKey;
import com.necxian.refunds.web.CredentialsFilter;
import com.necxian.refunds.web.UnauthorizedProblem;

import jakarta.servlet.http.HttpServletRequest;

/** The storefront's door: every /api/v1/refunds call needs its X-Api-Key. */
@Component
class StorefrontKeyFilter extends CredentialsFilter {

    private static final UnauthorizedProblem NO_KEY =
            UnauthorizedProblem.withoutChallenge("Send the storefront's API key in the X-Api-Key header.");

    private final ApiKey storefrontKey;

    StorefrontKeyFilter(IntakeSettings settings) {
        super("/api/v1/refunds", NO_KEY);
        this.storefrontKey = new ApiKey(settings.storefrontApiKey());
    }

    @Override
    protected boolean authenticate(HttpServletRequest request) {
        return storefrontKey.isPresentedIn(request);
    }
}
