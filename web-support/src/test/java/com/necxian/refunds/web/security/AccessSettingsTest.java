package com.necxian.refunds.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.web.security.AccessSettings.Account;

class AccessSettingsTest {

    final AccessSettings settings = new AccessSettings("sf-secret-key", new Account("kim", "rv-secret"),
            new Account("olga", "po-secret"), null);

    @Test
    void settingsNeverPrintASecret() {
        assertThat(settings.toString()).contains("kim", "olga").doesNotContain("sf-secret-key", "rv-secret",
                "po-secret");
        assertThat(new Account("ops", "op-secret").toString()).doesNotContain("op-secret");
    }

    @Test
    void aServiceStartsOnlyWithTheCredentialsOfEveryRoleItServes() {
        assertThatCode(() -> settings.requireFor(Set.of(Role.STOREFRONT, Role.REVIEWER, Role.POLICY_OWNER)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> settings.requireFor(Set.of(Role.REVIEWER, Role.OPERATOR)))
                .hasMessageContaining("OPERATOR_USER, OPERATOR_PASSWORD").hasMessageNotContaining("REVIEWER");
        var blank = new AccessSettings(" ", new Account("kim", ""), null, null);
        assertThatThrownBy(() -> blank.requireFor(Set.of(Role.STOREFRONT, Role.REVIEWER)))
                .hasMessageContaining("STOREFRONT_API_KEY").hasMessageContaining("REVIEWER_USER, REVIEWER_PASSWORD");
    }
}
