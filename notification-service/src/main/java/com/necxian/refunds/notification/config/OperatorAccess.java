package com.necxian.refunds.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

/** Notification's endpoint is the operator's: the e-mails sent for a refund. */
@Configuration(proxyBeanMethods = false)
class OperatorAccess {

    @Bean
    ApiAccess operatorRoutes() {
        return ApiAccess.readingFor(Role.OPERATOR, "/api/v1/notifications");
    }
}
