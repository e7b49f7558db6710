package com.necxian.refunds.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.SaleCondition;

/** Issue 15, item 2: a fact the storefront did not send never defaults in the customer's favour. */
class MissingFactsMappingTest {

    private static final Instant ORDERED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aLineWithoutMadeToOrderOrSaleConditionCarriesUnknownToThePolicy() {
        OrderLine line = event(new RefundRequestBody.Line("1", "CL-9", null, "PHYSICAL", null, null, 1, "19.90",
                ORDERED.plusSeconds(86_400), null, null, null));

        assertThat(line.getMadeToOrder()).isEqualTo(MadeToOrder.UNKNOWN);
        assertThat(line.getSaleCondition()).isEqualTo(SaleCondition.UNKNOWN);
    }

    @Test
    void givenValuesAreKept() {
        OrderLine line = event(new RefundRequestBody.Line("1", "CL-9", null, "PHYSICAL", "CUSTOMIZED", "CLEARANCE", 1,
                "19.90", null, null, null, null));

        assertThat(line.getMadeToOrder()).isEqualTo(MadeToOrder.CUSTOMIZED);
        assertThat(line.getSaleCondition()).isEqualTo(SaleCondition.CLEARANCE);
    }

    private static OrderLine event(RefundRequestBody.Line line) {
        RefundRequestBody body = new RefundRequestBody("NX-1", ORDERED, null,
                new RefundRequestBody.Customer("C-1", "ana@example.com", "Ana"),
                new RefundRequestBody.Payment("CARD", "pay_1"), "EUR", "NO_LONGER_NEEDED", "Not needed.", List.of(),
                "REFUND", List.of(line));
        RefundRequestValidation validation = RefundRequestValidation.of(body, ORDERED.plusSeconds(3 * 86_400));
        assertThat(validation.problems()).isEmpty();
        return validation.toEvent("e-1", "r-1", ORDERED.plusSeconds(3 * 86_400), ORDERED.plusSeconds(10 * 86_400),
                "c-1").getLines().get(0);
    }
}
