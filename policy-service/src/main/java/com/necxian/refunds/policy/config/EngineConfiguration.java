package com.necxian.refunds.policy.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.RefundabilityAtPurchase;

/** The clock every timestamp comes from, and the policy engine (plain Java) as beans. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

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
