package com.necxian.refunds.web.openapi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import com.necxian.refunds.web.security.ApiAccess;

/**
 * {@link ProtectedRouteAnswers} in every service that serves an OpenAPI document (springdoc on the classpath). Its
 * 401 says what the security chain says: the service's credentials hint, and a Basic challenge when a person role
 * is served.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
public class OpenApiAutoConfiguration {

    @Bean
    ProtectedRouteAnswers protectedRouteAnswers(ObjectProvider<ApiAccess> access, Environment environment) {
        ApiAccess api = access.getIfAvailable();
        if (api == null) {
            return new ProtectedRouteAnswers("Send the credentials of a role allowed here.", null);
        }
        String realm = environment.getProperty("spring.application.name", "necxian");
        String challenge = api.servesPeople() ? "Basic realm=\"" + realm + "\"" : null;
        return new ProtectedRouteAnswers(api.credentialsHint(), challenge);
    }
}
