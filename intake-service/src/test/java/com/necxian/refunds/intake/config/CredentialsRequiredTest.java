package com.necxian.refunds.intake.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import com.necxian.refunds.intake.IntakeApplication;
import com.necxian.refunds.testsupport.Infrastructure;

/** Outside the local profile, intake refuses to start without the storefront key from the environment. */
class CredentialsRequiredTest {

    @Test
    void withoutTheStorefrontKeyTheServiceDoesNotStart() {
        var infrastructure = Infrastructure.shared().springProperties("intake_credentials");
        var application = new SpringApplication(IntakeApplication.class);
        String[] arguments = infrastructure.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        application.setDefaultProperties(java.util.Map.of("server.port", "0"));

        assertThatThrownBy(() -> application.run(arguments).close())
                .hasStackTraceContaining("necxian.security.storefront-api-key (STOREFRONT_API_KEY)");
    }
}
