package com.necxian.refunds.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Put beside {@code @SpringBootTest}: the application runs against the JVM-wide {@link Infrastructure} (real
 * Kafka, Apicurio Registry, PostgreSQL with a database named after {@code spring.application.name}, SMTP), in
 * the {@code local} profile (local-only credentials).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@ActiveProfiles("local")
public @interface RealInfrastructure {
}
