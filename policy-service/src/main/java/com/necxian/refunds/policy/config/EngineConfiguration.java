package com.necxian.refunds.policy.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.RefundabilityAtPurchase;

/** The policy engine (plain Java) as beans; the clock is web-support's (ClockAutoConfiguration). */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    PolicyEngine policyEngine() {
        return new PolicyEngine();
    }

    @Bean
    RefundabilityAtPurchase refundabilityAtPurchase() {
        return new RefundabilityAtPurchase();
    }
}
