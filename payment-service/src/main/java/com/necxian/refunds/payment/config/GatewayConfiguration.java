package com.necxian.refunds.payment.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.web.provider.SimulatedPaymentGateway;
import com.necxian.refunds.payment.web.provider.SimulatedProviderSettings;
import com.necxian.refunds.payment.web.provider.StripePaymentGateway;
import com.necxian.refunds.payment.web.provider.StripeSettings;

/**
 * Chooses the payment provider: {@code necxian.payment.gateway=stripe}, or {@code simulated} (no money moves; the
 * local profile's default). Nothing is chosen silently: without the setting the service does not start. The adapters
 * and their settings live in {@code web.provider} (outbound HTTP adapters of the domain's port).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SimulatedProviderSettings.class, StripeSettings.class})
class GatewayConfiguration {

    @Bean
    @ConditionalOnProperty(name = "necxian.payment.gateway", havingValue = "simulated")
    SimulatedPaymentGateway simulatedPaymentGateway(SimulatedProviderSettings settings, Clock clock,
            JdbcClient jdbc) {
        return new SimulatedPaymentGateway(settings, clock, jdbc);
    }

    @Bean
    @ConditionalOnProperty(name = "necxian.payment.gateway", havingValue = "stripe")
    StripePaymentGateway stripePaymentGateway(StripeSettings settings) {
        return new StripePaymentGateway(settings);
    }

    @Bean
    @ConditionalOnMissingBean(PaymentGateway.class)
    PaymentGateway noProviderChosen(Environment environment) {
        throw new IllegalStateException("necxian.payment.gateway (PAYMENT_GATEWAY) is '"
                + environment.getProperty("necxian.payment.gateway", "") + "': choose the payment provider, "
                + "stripe, or simulated (no money moves). Only the local profile chooses simulated by default.");
    }
}
