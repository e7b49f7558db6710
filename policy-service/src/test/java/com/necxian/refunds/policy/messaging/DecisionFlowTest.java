package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.policy.PolicyServiceTest;

class DecisionFlowTest extends PolicyServiceTest {

    @Test
    void aRegularItemWithinTheReturnWindowIsApprovedWithEveryFieldFilled() {
        RefundRequested request = request(orderNumber(), RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 19_900, daysAgo(5)).build()).build();

        send(request);

        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        assertThat(approved.getOrderNumber()).isEqualTo(request.getOrderNumber());
        assertThat(approved.getCorrelationId()).isEqualTo(request.getCorrelationId());
        assertThat(approved.getCustomer()).isEqualTo(request.getCustomer());
        assertThat(approved.getPayment()).isEqualTo(request.getPayment());
        assertThat(approved.getAmountMinor()).isEqualTo(19_900);
        assertThat(approved.getOrderPaidMinor()).isEqualTo(19_900);
        assertThat(approved.getCurrency()).isEqualTo("EUR");
        assertThat(approved.getResolution()).isEqualTo(Resolution.REFUND);
        assertThat(approved.getDecidedBy()).isEqualTo("policy");
        assertThat(approved.getPolicyVersion()).isEqualTo(versions.current().version());
        assertThat(approved.getClauses()).contains("STD-1", "PROC-4");
        assertThat(approved.getProcessBy()).isAfter(request.getOccurredAt());
        assertThat(approved.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getOutcome()).isEqualTo(LineOutcome.APPROVE);
            assertThat(line.getClauses()).contains("STD-1");
            assertThat(line.getExplanation()).isNotBlank();
        });
        assertThat(approved.getNote()).isNotBlank();
        assertThat(storedOutcome(request.getRefundId())).isEqualTo("APPROVED");
    }

    @Test
    void aSecondRequestForOtherLinesOfTheOrderReportsWhatWasPaidForTheWholeOrderSoFar() {
        String order = orderNumber();
        RefundRequested first = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 19_900, daysAgo(5)).build()).build();
        send(first);
        assertThat(observer.await(first.getRefundId(), RefundApproved.class).getOrderPaidMinor()).isEqualTo(19_900);

        RefundRequested second = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("2", 5_000, daysAgo(5)).build()).build();
        send(second);

        RefundApproved approved = observer.await(second.getRefundId(), RefundApproved.class);
        assertThat(approved.getAmountMinor()).isEqualTo(5_000);
        assertThat(approved.getOrderPaidMinor()).isEqualTo(24_900);
    }

    @Test
    void aClearanceItemIsDeniedAsFinalSale() {
        RefundRequested request = request(orderNumber(), RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 5_000, daysAgo(2)).setSaleCondition(SaleCondition.CLEARANCE).build()).build();

        send(request);

        RefundDenied denied = observer.await(request.getRefundId(), RefundDenied.class);
        assertThat(denied.getClauses()).contains("EXC-2");
        assertThat(denied.getDecidedBy()).isEqualTo("policy");
        assertThat(denied.getLines()).singleElement().satisfies(line ->
                assertThat(line.getOutcome()).isEqualTo(LineOutcome.DENY));
    }

    @Test
    void aSubscriptionLineWithoutAPeriodGoesToReviewWithTheProblemStated() {
        RefundRequested request = request(orderNumber(), RefundReason.BILLING_ERROR,
                physicalLine("1", 999, null).setProductType(ProductType.SUBSCRIPTION).build()).build();

        send(request);

        RefundReviewRequired review = observer.await(request.getRefundId(), RefundReviewRequired.class);
        assertThat(review.getCategory()).isEqualTo("INCONSISTENT_INPUT");
        assertThat(review.getProblems()).anyMatch(problem -> problem.contains("subscription period"));
        assertThat(review.getClauses()).contains("REQ-INPUT");
        assertThat(review.getCustomerMessage()).contains("review");
        assertThat(review.getRespondBy()).isEqualTo(request.getRespondBy());
        assertThat(jdbc.sql("select state from review where refund_id = ?").param(request.getRefundId())
                .query(String.class).single()).isEqualTo("OPEN");
    }

    /** Issue 15 item 11: 1 of 3 units, then the other 2, then one more is denied (REQ-DUPLICATE). */
    @Test
    void unitsOfALineAreRefundedInStepsAndNeverMoreThanWereBought() {
        String order = orderNumber();
        RefundRequested first = unitsOf(order, 1);
        send(first);
        RefundApproved one = observer.await(first.getRefundId(), RefundApproved.class);
        RefundRequested second = unitsOf(order, 2);
        send(second);
        RefundApproved two = observer.await(second.getRefundId(), RefundApproved.class);
        RefundRequested third = unitsOf(order, 1);
        send(third);
        RefundDenied denied = observer.await(third.getRefundId(), RefundDenied.class);

        assertThat(one.getAmountMinor()).isEqualTo(333);
        assertThat(one.getOrderPaidMinor()).isEqualTo(1_000);
        assertThat(two.getAmountMinor()).isEqualTo(667);
        assertThat(two.getOrderPaidMinor()).isEqualTo(1_000);
        assertThat(denied.getClauses()).containsExactly("REQ-DUPLICATE");
        assertThat(denied.getLines()).singleElement().satisfies(line ->
                assertThat(line.getExplanation()).contains("already refunded"));
        assertThat(jdbc.sql("select units from refunded_line where order_number = ? order by units")
                .param(order).query(Integer.class).list()).containsExactly(1, 2);
    }

    @Test
    void moreUnitsThanAreLeftAreDeniedSayingHowManyAreLeft() {
        String order = orderNumber();
        RefundRequested first = unitsOf(order, 1);
        send(first);
        observer.await(first.getRefundId(), RefundApproved.class);
        RefundRequested all = unitsOf(order, 3);
        send(all);

        RefundDenied denied = observer.await(all.getRefundId(), RefundDenied.class);
        assertThat(denied.getClauses()).containsExactly("REQ-DUPLICATE");
        assertThat(denied.getLines().get(0).getExplanation()).contains("Only 2 of the 3 units");
    }

    /** An event written before quantityToRefund existed asks for every unit. */
    @Test
    void aLineWithoutQuantityToRefundIsRefundedWhole() {
        RefundRequested old = request(orderNumber(), RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 1_000, daysAgo(5)).setQuantity(3).setQuantityToRefund(null).build()).build();

        send(old);

        assertThat(observer.await(old.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(1_000);
    }

    /** A refunded_line row from before V6 (units null) stands for the whole line. */
    @Test
    void aLineRefundedBeforeUnitsWereCountedIsNotRefundedAgain() {
        String order = orderNumber();
        jdbc.sql("insert into refunded_line (order_number, line_id, refund_id) values (?, '1', 'before-v6')")
                .param(order).update();
        RefundRequested request = unitsOf(order, 1);

        send(request);

        assertThat(observer.await(request.getRefundId(), RefundDenied.class).getClauses())
                .containsExactly("REQ-DUPLICATE");
    }

    private static RefundRequested unitsOf(String order, int units) {
        return request(order, RefundReason.NO_LONGER_NEEDED, physicalLine("1", 1_000, daysAgo(5)).setQuantity(3)
                .setQuantityToRefund(units).build()).build();
    }

    private String storedOutcome(String refundId) {
        return jdbc.sql("select outcome from decision where refund_id = ?").param(refundId).query(String.class)
                .single();
    }
}
