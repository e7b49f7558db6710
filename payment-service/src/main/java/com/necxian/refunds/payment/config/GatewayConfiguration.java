package com.necxian.refunds.payment.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.necxian.refunds.payment.gateway.SimulatedPaymentGateway;
import com.necxian.refunds.payment.gateway.SimulatedProviderSettings;
import com.necxian.refunds.payment.gateway.StripePaymentGateway;
import com.necxian.refunds.payment.gateway.StripeSettings;

/** Chooses the payment provider: {@code necxian.payment.gateway=simulated} (the local default) or {@code stripe}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SimulatedProviderSettings.class, StripeSettings.class})
class GatewayConfiguration {

    @Bean
    @ConditionalOnProperty(name = "necxian.payment.gateway", havingValue = "simulated", matchIfMissing = true)
    SimulatedPaymentGateway simulatedPaymentGateway(SimulatedProviderSettings settings, Clock clock) {
        return new SimulatedPaymentGateway(settings, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "necxian.payment.gateway", havingValue = "stripe")
    StripePaymentGateway stripePaymentGateway(StripeSettings settings) {
        return new StripePaymentGateway(settings);
    }
}
