package com.necxian.refunds.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.notification.domain.MaskedEmail;
import com.necxian.refunds.money.Money;
import com.necxian.refunds.notification.domain.RetryBackoff;

class DomainTest {

    @Test
    void moneyUsesTheCurrencysFractionDigits() {
        assertThat(Money.of(19900, "EUR").text()).isEqualTo("199.00 EUR");
        assertThat(Money.of(123456789, "USD").text()).isEqualTo("1,234,567.89 USD");
        assertThat(Money.of(1500, "JPY").text()).isEqualTo("1,500 JPY");
        assertThat(Money.of(12345, "BHD").text()).isEqualTo("12.345 BHD");
        assertThat(Money.of(5, "EUR").text()).isEqualTo("0.05 EUR");
        assertThatThrownBy(() -> Money.of(1, "EURO")).hasMessageContaining("EURO");
    }

    @Test
    void logsSeeOnlyTheFirstLetterAndTheDomainOfAnAddress() {
        assertThat(MaskedEmail.of("ana@example.com")).isEqualTo("a***@example.com");
        assertThat(MaskedEmail.of("not-an-address")).isEqualTo("***");
    }

    @Test
    void retriesBackOffExponentiallyUpToTheMaximum() {
        var backoff = new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofMinutes(5));
    }
}
