package com.necxian.refunds.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicySettingsTest {

    @Test
    void defaults_are_valid_and_as_documented() {
        PolicySettings defaults = PolicySettings.defaults();

        assertThat(defaults.validate()).isEmpty();
        assertThat(defaults.version()).isEqualTo(1);
        assertThat(defaults.returnWindowDays()).isEqualTo(30);
        assertThat(defaults.digitalComplaintDays()).isEqualTo(7);
        assertThat(defaults.respondWithinDays()).isEqualTo(7);
        assertThat(defaults.processWithinDays()).isEqualTo(7);
        assertThat(defaults.reviewThresholdMinorByCurrency())
                .containsEntry("EUR", 100_000L).containsEntry("USD", 100_000L)
                .containsEntry("GBP", 100_000L).containsEntry("JPY", 150_000L);
        assertThat(defaults.reviewThresholdMinor("KWD")).isEmpty();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new PolicySettings(0, 30, Map.of(), 7, 7, 7), "version"),
                Arguments.of(new PolicySettings(1, 0, Map.of(), 7, 7, 7), "returnWindowDays"),
                Arguments.of(new PolicySettings(1, 30, Map.of(), -1, 7, 7), "digitalComplaintDays"),
                Arguments.of(new PolicySettings(1, 30, Map.of(), 7, 0, 7), "respondWithinDays"),
                Arguments.of(new PolicySettings(1, 30, Map.of(), 7, 7, 0), "processWithinDays"),
                Arguments.of(new PolicySettings(1, 30, Map.of(), 14, 7, 7),
                        "digitalComplaintDays is fixed at 7 days by the policy text (DIG-4)"),
                Arguments.of(new PolicySettings(1, 30, Map.of(), 7, 3, 7),
                        "respondWithinDays is fixed at 7 days by the policy text (PROC-2)"),
                Arguments.of(new PolicySettings(1, 30, Map.of(), 7, 7, 10),
                        "processWithinDays is fixed at 7 days by the policy text (PROC-3)"),
                Arguments.of(new PolicySettings(1, 30, Map.of("EUR", -1L), 7, 7, 7), "must be zero or more"),
                Arguments.of(new PolicySettings(1, 30, Map.of("ABC", 10L), 7, 7, 7), "unknown currency code: ABC"),
                Arguments.of(new PolicySettings(1, 30, Map.of("eur", 10L), 7, 7, 7), "unknown currency code: eur"),
                Arguments.of(new PolicySettings(1, 30, withNullThreshold(), 7, 7, 7), "must be zero or more"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void validate_names_each_problem(PolicySettings settings, String problem) {
        assertThat(settings.validate()).anySatisfy(text -> assertThat(text).contains(problem));
    }

    @Test
    void a_zero_threshold_is_allowed() {
        assertThat(new PolicySettings(1, 30, Map.of("KWD", 0L), 7, 7, 7).validate()).isEmpty();
    }

    private static Map<String, Long> withNullThreshold() {
        Map<String, Long> thresholds = new HashMap<>();
        thresholds.put("EUR", null);
        return thresholds;
    }

    @ParameterizedTest(name = "EXC-3: {0} recalled, the list posted as {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // in force; posted list; the recalls after (SKU@day recalled, day 20 = the posting)
            "A@1,B@2; A,B; A@1,B@2",
            "A@1,B@2; B,C; B@2,C@20",
            "A@1; ; ",
            "; C,C,D; C@20,D@20"})
    void exc_3_a_posted_recall_list_keeps_the_entries_of_skus_already_recalled(String inForce, String posted,
            String after) {
        PolicySettings settings = PolicySettings.defaults();
        for (String entry : list(inForce)) {
            settings = settings.withRecall(recall(entry));
        }

        PolicySettings changed = settings.withRecallList(list(posted).stream().distinct().toList(), day(20));

        assertThat(changed.recalls()).containsExactlyElementsOf(list(after).stream().map(PolicySettingsTest::recall)
                .toList());
        assertThat(changed.returnWindowDays()).isEqualTo(settings.returnWindowDays());
    }

    private static java.util.List<String> list(String text) {
        return text == null || text.isBlank() ? java.util.List.of() : java.util.List.of(text.strip().split(","));
    }

    private static Recall recall(String entry) {
        String[] parts = entry.split("@");
        return new Recall(parts[0], day(Integer.parseInt(parts[1])), null);
    }

    private static java.time.Instant day(int day) {
        return java.time.Instant.parse("2026-10-01T00:00:00Z").plus(java.time.Duration.ofDays(day));
    }
}
