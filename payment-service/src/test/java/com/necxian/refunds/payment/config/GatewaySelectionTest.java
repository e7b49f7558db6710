package com.necxian.refunds.payment.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.necxian.refunds.payment.domain.PaymentGateway;
import com.necxian.refunds.payment.web.provider.SimulatedPaymentGateway;
import com.necxian.refunds.payment.web.provider.StripePaymentGateway;
import com.necxian.refunds.payment.web.provider.StripeSettings;

class GatewaySelectionTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withUserConfiguration(GatewayConfiguration.class);

    @Test
    void theSimulatedProviderIsUsedOnlyWhenChosen() {
        context.withPropertyValues("necxian.payment.gateway=simulated")
                .run(app -> assertThat(app.getBean(PaymentGateway.class)).isInstanceOf(SimulatedPaymentGateway.class));
    }

    @Test
    void withoutAChosenProviderTheServiceDoesNotStart() {
        context.run(app -> assertThat(app).hasFailed().getFailure()
                .hasStackTraceContaining("necxian.payment.gateway (PAYMENT_GATEWAY)"));
        context.withPropertyValues("necxian.payment.gateway=").run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("necxian.payment.gateway=paypal").run(app -> assertThat(app).hasFailed());
    }

    @Test
    void stripeIsChosenByConfigurationAndNeedsItsKey() {
        context.withPropertyValues("necxian.payment.gateway=stripe", "necxian.payment.stripe.api-key=sk_test_1")
                .run(app -> assertThat(app.getBean(PaymentGateway.class)).isInstanceOf(StripePaymentGateway.class));
        context.withPropertyValues("necxian.payment.gateway=stripe")
                .run(app -> assertThat(app).hasFailed());
    }

    @Test
    void theStripeSettingsNeverPrintTheSecretKey() {
        assertThat(new StripeSettings("sk_live_secret", null, Duration.ofSeconds(5), Duration.ofSeconds(20)).toString())
                .doesNotContain("sk_live_secret").contains("apiKey=***");
    }
}
