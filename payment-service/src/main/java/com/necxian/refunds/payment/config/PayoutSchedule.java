package com.necxian.refunds.payment.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import com.necxian.refunds.payment.application.PayDueRefunds;
import com.necxian.refunds.payment.application.PaymentSettings;

/** Runs the payout worker every {@code necxian.payment.worker.poll-interval} (after the previous run ended). */
@Configuration(proxyBeanMethods = false)
class PayoutSchedule implements SchedulingConfigurer {

    private final PayDueRefunds payDueRefunds;
    private final PaymentSettings settings;

    PayoutSchedule(PayDueRefunds payDueRefunds, PaymentSettings settings) {
        this.payDueRefunds = payDueRefunds;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(payDueRefunds::runDue, settings.worker().pollInterval());
    }
}
