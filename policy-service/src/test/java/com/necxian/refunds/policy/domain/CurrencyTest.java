package com.necxian.refunds.policy.domain;

import com.necxian.refunds.money.Money;
import static com.necxian.refunds.policy.domain.Fixtures.ENGINE;
import static com.necxian.refunds.policy.domain.Fixtures.line;
import static com.necxian.refunds.policy.domain.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts are minor units whatever the currency: thresholds compare longs, so 0-fraction (JPY)
 * and 3-fraction (BHD, KWD) currencies work like EUR. No formatting involved in the thresholds.
 */
class CurrencyTest {

    private static final PolicySettings SETTINGS = new PolicySettings(1, 30,
            Map.of("EUR", 100_000L, "JPY", 150_000L, "BHD", 400_000L, "KWD", 300_000L), 7, 7, 7);

    @ParameterizedTest(name = "{0} {1} minor units -> {2}")
    @CsvSource({
            "JPY, 150000, APPROVED",   // ¥150,000 exactly: not above the threshold
            "JPY, 150001, REVIEW",
            "BHD, 400000, APPROVED",   // 400.000 BHD
            "BHD, 400001, REVIEW",     // 400.001 BHD
            "KWD, 300000, APPROVED",
            "KWD, 300001, REVIEW",
            "EUR, 100001, REVIEW",
            "USD, 1, REVIEW"           // no USD threshold in these settings: STD-2 fails closed
    })
    void threshold_per_currency_in_minor_units(String currency, long amount, RequestOutcome expected) {
        RefundRequest request = request(line(ProductType.PHYSICAL).amount(amount)).currency(currency).build();

        RefundDecision decision = ENGINE.decide(request, SETTINGS, OrderHistory.empty());

        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(decision.currency()).isEqualTo(currency);
        assertThat(decision.suggestedAmountMinor()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "EUR, 19900, 199.00 EUR",
            "EUR, 5, 0.05 EUR",
            "JPY, 1500, '1,500 JPY'",
            "BHD, 12500, 12.500 BHD",
            "KWD, 7, 0.007 KWD",
            "EUR, 0, 0.00 EUR"
    })
    void customer_sentences_show_the_currency_s_own_fraction_digits(String currency, long minor, String shown) {
        assertThat(Money.of(minor, currency).text()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"JPY, '1,500 JPY'", "KWD, 15.000 KWD"})
    void approval_sentence_uses_the_currency(String currency, String shown) {
        long amount = currency.equals("JPY") ? 1_500 : 15_000;
        RefundRequest request = request(line(ProductType.PHYSICAL).amount(amount)).currency(currency).build();

        assertThat(ENGINE.decide(request, SETTINGS, OrderHistory.empty()).explanation()).contains(shown);
    }
}
