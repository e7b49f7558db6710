package com.necxian.refunds.policy.web;

import org.springframework.stereotype.Component;

import com.necxian.refunds.policy.config.AccessSettings;
import com.necxian.refunds.web.ApiKey;
import com.necxian.refunds.web.BasicCredentials;
import com.necxian.refunds.web.CredentialsFilter;
import com.necxian.refunds.web.UnauthorizedProblem;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reviewer/operator endpoints need the reviewer's HTTP Basic credentials; the refundability question also
 * accepts the storefront's X-Api-Key. The authenticated reviewer is left in the {@value #REVIEWER} attribute.
 */
@Component
class AccessFilter extends CredentialsFilter {

    static final String REVIEWER = "necxian.reviewer";
    private static final String REFUNDABILITY = "/api/v1/policy/refundability";
    private static final String REALM = "policy-service";
    private static final UnauthorizedProblem NO_REVIEWER =
            UnauthorizedProblem.basic(REALM, "Send the reviewer's credentials (HTTP Basic).");
    private static final UnauthorizedProblem NO_REVIEWER_OR_STOREFRONT = UnauthorizedProblem.basic(REALM,
            "Send the reviewer's credentials (HTTP Basic) or the storefront's X-Api-Key.");

    private final BasicCredentials reviewer;
    private final ApiKey storefrontKey;

    AccessFilter(AccessSettings settings) {
        super("/api/", NO_REVIEWER);
        this.reviewer = new BasicCredentials(settings.reviewerUser(), settings.reviewerPassword());
        this.storefrontKey = new ApiKey(settings.storefrontApiKey());
    }

    @Override
    protected boolean authenticate(HttpServletRequest request) {
        if (reviewer.arePresentedIn(request)) {
            request.setAttribute(REVIEWER, reviewer.user());
            return true;
        }
        return isRefundability(request) && storefrontKey.isPresentedIn(request);
    }

    @Override
    protected UnauthorizedProblem unauthorized(HttpServletRequest request) {
        return isRefundability(request) ? NO_REVIEWER_OR_STOREFRONT : super.unauthorized(request);
    }

    private static boolean isRefundability(HttpServletRequest request) {
        return request.getRequestURI().equals(REFUNDABILITY);
    }
}
