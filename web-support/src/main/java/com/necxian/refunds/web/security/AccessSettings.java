package com.necxian.refunds.web.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The credentials of each role (prefix {@code necxian.security}): the storefront's API key and an HTTP Basic
 * account per person role. A service needs only the roles its {@link ApiAccess} names, and refuses to start
 * without them. A password may be given as plain text (hashed with BCrypt at start) or already encoded with an
 * id prefix, e.g. {@code {bcrypt}$2a$10$...}. Nothing here prints a secret.
 */
@ConfigurationProperties("necxian.security")
public record AccessSettings(String storefrontApiKey, Account reviewer, Account policyOwner, Account operator) {

    /** One HTTP Basic account. */
    public record Account(String username, String password) {

        boolean isSet() {
            return !blank(username) && !blank(password);
        }

        @Override
        public String toString() {
            return "Account[username=" + username + ", password=" + (blank(password) ? "<unset>" : "***") + "]";
        }
    }

    /** The Basic account of each person role that has one. */
    Map<Role, Account> accounts() {
        Map<Role, Account> accounts = new EnumMap<>(Role.class);
        put(accounts, Role.REVIEWER, reviewer);
        put(accounts, Role.POLICY_OWNER, policyOwner);
        put(accounts, Role.OPERATOR, operator);
        return accounts;
    }

    Optional<String> storefrontKey() {
        return blank(storefrontApiKey) ? Optional.empty() : Optional.of(storefrontApiKey);
    }

    /** Fails with the names of the settings to set when a role the service serves has no credentials. */
    void requireFor(Iterable<Role> roles) {
        Map<Role, Account> accounts = accounts();
        StringBuilder missing = new StringBuilder();
        for (Role role : roles) {
            boolean set = role == Role.STOREFRONT ? storefrontKey().isPresent() : accounts.containsKey(role);
            if (!set) {
                missing.append(missing.isEmpty() ? "" : ", ").append(settingName(role));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Credentials are not set: " + missing
                    + " (only the local profile has defaults)");
        }
    }

    private static String settingName(Role role) {
        return switch (role) {
            case STOREFRONT -> "necxian.security.storefront-api-key (STOREFRONT_API_KEY)";
            case REVIEWER -> "necxian.security.reviewer.username/password (REVIEWER_USER, REVIEWER_PASSWORD)";
            case POLICY_OWNER -> "necxian.security.policy-owner.username/password (POLICY_OWNER_USER, "
                    + "POLICY_OWNER_PASSWORD)";
            case OPERATOR -> "necxian.security.operator.username/password (OPERATOR_USER, OPERATOR_PASSWORD)";
        };
    }

    private static void put(Map<Role, Account> accounts, Role role, Account account) {
        if (account != null && account.isSet()) {
            accounts.put(role, account);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "AccessSettings[storefrontApiKey=" + (blank(storefrontApiKey) ? "<unset>" : "***") + ", reviewer="
                + reviewer + ", policyOwner=" + policyOwner + ", operator=" + operator + "]";
    }
}
