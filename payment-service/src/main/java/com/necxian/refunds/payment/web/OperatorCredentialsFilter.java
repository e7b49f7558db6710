package com.necxian.refunds.payment.web;

import org.springframework.stereotype.Component;

import com.necxian.refunds.payment.config.PaymentSettings;
import com.necxian.refunds.web.BasicCredentials;
import com.necxian.refunds.web.CredentialsFilter;
import com.necxian.refunds.web.UnauthorizedProblem;

import jakarta.servlet.http.HttpServletRequest;

/** Every /api/v1 call needs the operator's HTTP Basic credentials. */
@Component
class OperatorCredentialsFilter extends CredentialsFilter {

    private static final UnauthorizedProblem NO_OPERATOR = UnauthorizedProblem.basic("payment-service",
            "Send the operator's credentials with HTTP Basic authentication.");

    private final BasicCredentials operator;

    OperatorCredentialsFilter(PaymentSettings settings) {
        super("/api/", NO_OPERATOR);
        this.operator = new BasicCredentials(settings.operator().username(), settings.operator().password());
    }

    @Override
    protected boolean authenticate(HttpServletRequest request) {
        return operator.arePresentedIn(request);
    }
}
