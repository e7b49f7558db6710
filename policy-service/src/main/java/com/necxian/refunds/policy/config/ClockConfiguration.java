package com.necxian.refunds.policy.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.RefundabilityAtPurchase;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PolicyEngine policyEngine() {
        return new PolicyEngine();
    }

    @Bean
    RefundabilityAtPurchase refundabilityAtPurchase() {
        return new RefundabilityAtPurchase();
    }
}
