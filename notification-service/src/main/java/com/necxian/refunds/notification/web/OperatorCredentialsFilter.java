package com.necxian.refunds.notification.web;

import org.springframework.stereotype.Component;

import com.necxian.refunds.notification.config.NotificationSettings;
import com.necxian.refunds.web.BasicCredentials;
import com.necxian.refunds.web.CredentialsFilter;
import com.necxian.refunds.web.UnauthorizedProblem;

import jakarta.servlet.http.HttpServletRequest;

/** Every /api call needs the operator's HTTP Basic credentials (the storefront key is not accepted). */
@Component
class OperatorCredentialsFilter extends CredentialsFilter {

    private static final UnauthorizedProblem NO_OPERATOR = UnauthorizedProblem.basic("necxian-operator",
            "Send the operator's credentials with HTTP Basic authentication.");

    private final BasicCredentials operator;

    OperatorCredentialsFilter(NotificationSettings settings) {
        super("/api/", NO_OPERATOR);
        this.operator = new BasicCredentials(settings.operatorUser(), settings.operatorPassword());
    }

    @Override
    protected boolean authenticate(HttpServletRequest request) {
        return operator.arePresentedIn(request);
    }
}
