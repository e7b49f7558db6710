package com.necxian.refunds.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.necxian.refunds.payment.web.provider.SimulatedProviderSettings;
import com.necxian.refunds.payment.web.provider.StripeSettings;

/** The settings records hold the defaults and refuse values that cannot work, at start-up. */
class PaymentSettingsTest {

    @EnableConfigurationProperties({PaymentSettings.class, SimulatedProviderSettings.class, StripeSettings.class})
    static class Settings {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withNothingSetTheDefaultsApply() {
        context.run(app -> {
            var payment = app.getBean(PaymentSettings.class);
            assertThat(payment.worker()).isEqualTo(new PaymentSettings.Worker(Duration.ofMillis(100), 200, 16,
                    Duration.ofSeconds(60), Duration.ofSeconds(5)));
            assertThat(payment.retry()).isEqualTo(new PaymentSettings.Retry(Duration.ofSeconds(5),
                    Duration.ofHours(1), 2.0));
            assertThat(app.getBean(SimulatedProviderSettings.class)).isEqualTo(
                    new SimulatedProviderSettings(Duration.ofMillis(50), 0.0, Duration.ofSeconds(2)));
            var stripe = app.getBean(StripeSettings.class);
            assertThat(stripe.apiBase()).isEqualTo("https://api.stripe.com");
            assertThat(stripe.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(stripe.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        });
    }

    @Test
    void durationsAreWrittenWithTheirUnit() {
        context.withPropertyValues("necxian.payment.worker.poll-interval=250ms", "necxian.payment.retry.max=2m",
                "necxian.payment.stripe.read-timeout=45s", "necxian.payment.stripe.api-base=")
                .run(app -> {
                    assertThat(app.getBean(PaymentSettings.class).worker().pollInterval())
                            .isEqualTo(Duration.ofMillis(250));
                    assertThat(app.getBean(PaymentSettings.class).retry().max()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(app.getBean(StripeSettings.class).readTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(app.getBean(StripeSettings.class).apiBase()).isEqualTo("https://api.stripe.com");
                });
    }

    @Test
    void valuesThatCannotWorkStopTheStartWithTheirName() {
        refused("necxian.payment.worker.poll-interval=0s", "necxian.payment.worker.poll-interval");
        refused("necxian.payment.worker.parallelism=0", "necxian.payment.worker.parallelism");
        refused("necxian.payment.retry.max=1s", "necxian.payment.retry.max");
        refused("necxian.payment.retry.multiplier=0.5", "necxian.payment.retry.multiplier");
        refused("necxian.payment.simulated.transient-failure-rate=1.5", "transient-failure-rate");
        refused("necxian.payment.stripe.connect-timeout=0s", "necxian.payment.stripe.connect-timeout");
    }

    private void refused(String setting, String named) {
        context.withPropertyValues(setting).run(app -> assertThat(app).hasFailed().getFailure()
                .hasStackTraceContaining(named));
    }
}
