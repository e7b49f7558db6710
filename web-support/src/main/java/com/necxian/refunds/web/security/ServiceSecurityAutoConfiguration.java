package com.necxian.refunds.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Spring Security for every service, configured once: stateless, the default strict firewall, the storefront's
 * API key and HTTP Basic accounts as authentications, roles checked on the path Spring MVC routes on, 401/403 as
 * problem details. Health, info, prometheus and the OpenAPI description are public; whatever the service's
 * {@link ApiAccess} does not name is denied. A service only declares its {@link ApiAccess} bean, and a
 * {@link ConsoleAccess} bean when it has a browser console (its own chain: {@link ConsoleSecurity}).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ApiAccess.class)
@EnableWebSecurity
@EnableConfigurationProperties(AccessSettings.class)
@Import(ConsoleSecurity.class)
public class ServiceSecurityAutoConfiguration {

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/error"};
    private static final Pattern ENCODED = Pattern.compile("\\{[a-z0-9-]+}.+");

    @Bean
    AuthenticationManager serviceAuthentication(AccessSettings settings, ApiAccess access) {
        settings.requireFor(access.roles());
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (access.roles().contains(Role.STOREFRONT)) {
            providers.add(new StorefrontKeyAuthentication.Provider(settings.storefrontKey().orElseThrow()));
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> people = people(settings, access, encoder);
        if (!people.isEmpty()) {
            var basic = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(people));
            basic.setPasswordEncoder(encoder);
            providers.add(basic);
        }
        return new ProviderManager(providers);
    }

    /**
     * No observation per security filter, authentication and authorization: the request's own span covers them, and
     * they cost intake about a tenth of its CPU per request (docs/benchmarks.md, pipeline regression).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityProblems securityProblems(Environment environment, ApiAccess access) {
        String realm = environment.getProperty("spring.application.name", "necxian");
        return new SecurityProblems(realm, access);
    }

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ApiAccess access, AuthenticationManager authentication,
            SecurityProblems problems) {
        var storefrontKey = new AuthenticationFilter(authentication, new StorefrontKeyAuthentication.Converter());
        storefrontKey.setSuccessHandler((request, response, caller) -> { });
        storefrontKey.setFailureHandler(problems::commence);
        return http
                .authenticationManager(authentication)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies or sessions: every request carries its credentials
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(storefrontKey, BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers(PUBLIC).permitAll();
                    access.authorize(routes);
                    routes.anyRequest().denyAll();
                })
                .build();
    }

    /**
     * Tomcat would turn away an encoded slash or backslash itself, with an HTML page and before any credential is
     * read; passed through, the strict firewall refuses them like every other odd spelling, with a problem.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }

    @Bean
    WebSecurityCustomizer rejectedRequestsAnswer(AuthenticationManager authentication, SecurityProblems problems) {
        List<AuthenticationConverter> converters = List.of(new StorefrontKeyAuthentication.Converter(),
                new BasicAuthenticationConverter());
        return web -> web.requestRejectedHandler(new RejectedRequests(converters, authentication, problems));
    }

    private static List<UserDetails> people(AccessSettings settings, ApiAccess access, PasswordEncoder encoder) {
        List<UserDetails> people = new ArrayList<>();
        for (Map.Entry<Role, AccessSettings.Account> account : settings.accounts().entrySet()) {
            if (access.roles().contains(account.getKey())) {
                String password = account.getValue().password();
                people.add(User.withUsername(account.getValue().username())
                        .password(ENCODED.matcher(password).matches() ? password : encoder.encode(password))
                        .roles(account.getKey().name()).build());
            }
        }
        return people;
    }
}
