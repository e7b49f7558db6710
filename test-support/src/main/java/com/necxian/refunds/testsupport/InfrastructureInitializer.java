package com.necxian.refunds.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring application at the shared {@link Infrastructure}. */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        String database = environment.getProperty("spring.application.name", "application").replace('-', '_');
        environment.getPropertySources().addFirst(new MapPropertySource("realInfrastructure",
                Infrastructure.shared().springProperties(database)));
    }
}
