package com.necxian.refunds.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "JPY, 1500,     1500",
            "JPY, 0,        0",
            "EUR, 10.50,    1050",
            "EUR, 10.5,     1050",
            "EUR, 10,       1000",
            "EUR, 0.01,     1",
            "BHD, 1.234,    1234",
            "BHD, 1.2,      1200",
            "USD, 999999999999999.99, 99999999999999999",
    })
    void aDecimalWithAtMostTheCurrencysFractionDigitsBecomesMinorUnits(String code, String text, long minor) {
        assertThat(Money.toMinor(text, code)).contains(minor);
        assertThat(Money.toMinor(text, Currency.getInstance(code))).contains(minor);
    }

    @ParameterizedTest
    @CsvSource({
            "JPY, 1500.5",       // JPY has no minor unit
            "JPY, 1500.0",
            "EUR, 10.505",
            "BHD, 1.2345",
            "EUR, -1.00",        // no sign
            "EUR, +1.00",
            "EUR, 1e3",          // no exponent
            "EUR, '1,50'",
            "EUR, .50",
            "EUR, 10.",
            "EUR, ' 10.50'",
            "EUR, ''",
            "EUR, 1234567890123456", // more than 15 integer digits
            "EUR, 12.34567",
            "CLF, 999999999999999.9999", // fits the pattern, but not a long once in minor units
    })
    void anythingElseIsNoAmount(String code, String text) {
        assertThat(Money.toMinor(text, code)).isEmpty();
        assertThat(Money.toMinor(text, Currency.getInstance(code))).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void noTextIsNoAmount(String text) {
        assertThat(Money.toMinor(text, "EUR")).isEmpty();
        assertThat(Money.toMinor(text, Currency.getInstance("EUR"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"JPY, 0", "EUR, 2", "BHD, 3", "CLF, 4"})
    void aKnownCodeIsItsCurrency(String code, int fractionDigits) {
        assertThat(Money.currency(code)).map(Currency::getDefaultFractionDigits).contains(fractionDigits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EURO", "EU", "ZZZ", "XXX", "XAU", "", " EUR"})
    void anUnknownLowerCaseOrDigitlessCodeIsNoCurrency(String code) {
        assertThat(Money.currency(code)).isEmpty();
        assertThat(Money.toMinor("1", code)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void noCodeIsNoCurrency(String code) {
        assertThat(Money.currency(code)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({
            "1500, JPY, 1500",
            "0,    JPY, 0",
            "1050, EUR, 10.50",
            "5,    EUR, 0.05",
            "0,    EUR, 0.00",
            "1234, BHD, 1.234",
            "1200, BHD, 1.200",
            "-150, EUR, -1.50",
            "1050, ZZZ, 1050",   // not a currency: written without fraction digits, never a failure
            "1050, XXX, 1050",
    })
    void minorUnitsAreWrittenWithTheCurrencysFractionDigits(long minor, String code, String text) {
        assertThat(Money.decimal(minor, code)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"JPY, 1500", "EUR, 10.50", "BHD, 1.234", "EUR, 0.00"})
    void formattingReadsBack(String code, String text) {
        assertThat(Money.decimal(Money.toMinor(text, code).orElseThrow(), code)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19900     | EUR | 199.00 EUR",
            "123456789 | USD | 1,234,567.89 USD",
            "1500      | JPY | 1,500 JPY",
            "12345     | BHD | 12.345 BHD",
            "5         | EUR | 0.05 EUR",
            "-150      | EUR | -1.50 EUR",
    })
    void aPersonReadsGroupedDigitsAndTheCode(long minor, String code, String text) {
        assertThat(Money.of(minor, code).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "ZZZ", "XXX", "eur"})
    void onlyAnIsoCurrencyWithMinorUnitsMakesMoney(String code) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, code))
                .withMessageContaining(code);
    }
}
