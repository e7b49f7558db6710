package com.necxian.refunds.payment.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.web.security.ApiAccess;
import com.necxian.refunds.web.security.Role;

/** Payment's endpoints are the operator's: what was paid out and store-credit balances. */
@Configuration(proxyBeanMethods = false)
class OperatorAccess {

    @Bean
    ApiAccess operatorRoutes() {
        return ApiAccess.readingFor(Role.OPERATOR, "/api/v1/refund-payments/*", "/api/v1/store-credit/*");
    }
}
