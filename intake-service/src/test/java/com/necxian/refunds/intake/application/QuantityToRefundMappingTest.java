package com.necxian.refunds.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.web.problem.FieldProblem;

/** Issue 15, item 11: the event says how many units to refund, all of them when the storefront does not say. */
class QuantityToRefundMappingTest {

    private static final Instant ORDERED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant RECEIVED = ORDERED.plusSeconds(3 * 86_400);

    @ParameterizedTest(name = "quantity {0}, quantityToRefund {1} -> event {2} of {3}")
    @CsvSource(nullValues = "null", value = {"3, 1, 1, 3", "3, 3, 3, 3", "3, null, 3, 3", "null, null, 1, 1",
            "null, 1, 1, 1"})
    void theEventCarriesTheUnitsToRefundDefaultingToAll(Integer quantity, Integer toRefund, int expectedUnits,
                                                       int expectedQuantity) {
        RefundRequestValidation validation = RefundRequestValidation.of(body(quantity, toRefund), RECEIVED);

        assertThat(validation.problems()).isEmpty();
        OrderLine line = validation.toEvent("e-1", "r-1", RECEIVED,
                ORDERED.plusSeconds(10 * 86_400), "c-1").getLines().get(0);
        assertThat(line.getQuantity()).isEqualTo(expectedQuantity);
        assertThat(line.getQuantityToRefund()).isEqualTo(expectedUnits);
    }

    @ParameterizedTest(name = "quantity {0}, quantityToRefund {1} is refused")
    @CsvSource(nullValues = "null", value = {"3, 0", "3, 4", "3, -1", "null, 2", "1, 2"})
    void unitsOutsideOneToQuantityAreRefusedNamingTheField(Integer quantity, Integer toRefund) {
        RefundRequestValidation validation = RefundRequestValidation.of(body(quantity, toRefund), RECEIVED);

        assertThat(validation.problems()).extracting(FieldProblem::field).containsExactly("lines[0].quantityToRefund");
    }

    private static RefundRequestBody body(Integer quantity, Integer toRefund) {
        var line = new RefundRequestBody.Line("1", "HP-200", null, "PHYSICAL", "NONE", "REGULAR", quantity, "29.97",
                ORDERED.plusSeconds(86_400), null, null, toRefund);
        return new RefundRequestBody("NX-1", ORDERED, null,
                new RefundRequestBody.Customer("C-1", "ana@example.com", "Ana"),
                new RefundRequestBody.Payment("CARD", "pay_1"), "EUR", "NO_LONGER_NEEDED", "Not needed.", List.of(),
                "REFUND", List.of(line));
    }
}
