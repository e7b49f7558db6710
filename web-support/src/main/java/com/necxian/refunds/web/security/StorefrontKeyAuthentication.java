package com.necxian.refunds.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The storefront's API key in the {@value #HEADER} header, as a Spring Security authentication: the converter
 * reads it, the provider compares it in constant time and grants {@link Role#STOREFRONT}.
 */
final class StorefrontKeyAuthentication extends AbstractAuthenticationToken {

    static final String HEADER = "X-Api-Key";
    static final String PRINCIPAL = "storefront";

    private final String key;

    private StorefrontKeyAuthentication(String key, boolean authenticated) {
        super(authenticated ? List.of(new SimpleGrantedAuthority(Role.STOREFRONT.authority())) : List.of());
        this.key = key;
        setAuthenticated(authenticated);
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    @Override
    public Object getPrincipal() {
        return PRINCIPAL;
    }

    @Override
    public void eraseCredentials() {
        // the key is compared once and never kept
    }

    @Override
    public String toString() {
        return "StorefrontKeyAuthentication[authenticated=" + isAuthenticated() + "]";
    }

    /** Reads the header; no header means no attempt (other schemes, or anonymous). */
    static final class Converter implements AuthenticationConverter {

        @Override
        public Authentication convert(HttpServletRequest request) {
            String presented = request.getHeader(HEADER);
            return presented == null ? null : new StorefrontKeyAuthentication(presented, false);
        }
    }

    /** Accepts exactly the configured key. */
    static final class Provider implements AuthenticationProvider {

        private final byte[] expected;

        Provider(String expected) {
            this.expected = expected.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String presented = (String) authentication.getCredentials();
            if (!MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
                throw new BadCredentialsException("Wrong storefront API key");
            }
            return new StorefrontKeyAuthentication(null, true);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return StorefrontKeyAuthentication.class.isAssignableFrom(authentication);
        }
    }
}
