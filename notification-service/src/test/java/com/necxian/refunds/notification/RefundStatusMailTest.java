package com.necxian.refunds.notification;

import static com.necxian.refunds.events.LineOutcome.APPROVE;
import static com.necxian.refunds.events.LineOutcome.DENY;
import static com.necxian.refunds.events.LineOutcome.REVIEW;
import static com.necxian.refunds.notification.Events.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;

/** Every status's e-mail, read back from the SMTP server: recipient, subject, both parts, the key sentences. */
class RefundStatusMailTest extends NotificationServiceTest {

    @Test
    void aReceivedRequestIsConfirmedWithTheSevenDayPromiseInBothParts() {
        String email = Events.uniqueEmail("ana");
        Events refund = Events.forCustomer(email, "Ana Ruiz");

        publish(refund.requested("Left earcup <b>crackles</b> & hisses", 19900, 2550));

        DeliveredMail mail = awaitMail(email, 1).get(0);
        assertThat(mail.recipient()).isEqualTo(email);
        assertThat(mail.from()).contains("refunds@necxian.example");
        assertThat(mail.subject()).isEqualTo("We received your refund request for order " + refund.orderNumber());
        assertThat(mail.plain()).contains("Hello Ana Ruiz,")
                .contains("We will review it and tell you its status within 7 days, by 12 November 2026.")
                .contains("Headphones HP-200: 199.00 EUR").contains("Total: 224.50 EUR")
                .contains("Left earcup <b>crackles</b> & hisses")
                .contains("support@necxian.example (Monday to Friday, 9:00 to 17:00 (CET))");
        assertThat(mail.htmlText())
                .contains("We will review it and tell you its status within 7 days, by 12 November 2026.")
                .contains("support@necxian.example").contains("224.50 EUR");
        assertThat(mail.html()).contains("Left earcup &lt;b&gt;crackles&lt;/b&gt; &amp; hisses")
                .doesNotContain("<b>crackles</b>");
    }

    /** Issue 15 item 11: the e-mails say how many of the line's units are refunded. */
    @Test
    void someUnitsOfALineAreNamedWithTheirQuantityInTheReceivedAndApprovedEmails() {
        String email = Events.uniqueEmail("cy");
        Events refund = Events.forCustomer(email, "Cy");
        RefundRequested oneOfThree = refund.requested("Two too many.", 29970);
        oneOfThree.getLines().get(0).setQuantity(3);
        oneOfThree.getLines().get(0).setQuantityToRefund(1);

        publish(oneOfThree);
        DeliveredMail received = awaitMail(email, 1).get(0);
        publish(refund.approved(9990, Resolution.REFUND, null,
                line("1", APPROVE, 9990, "Returned within 30 days of delivery.", "STD-1")));
        DeliveredMail approved = awaitMail(email, 2).get(1);

        for (String part : new String[] {received.plain(), received.htmlText()}) {
            assertThat(part).contains("Headphones HP-200 (1 of 3 units)").contains("299.70 EUR paid for all 3 units");
        }
        for (String part : new String[] {approved.plain(), approved.htmlText()}) {
            assertThat(part).contains("Headphones HP-200 (1 of 3 units)").contains("99.90 EUR");
        }
    }

    @Test
    void aThirdPartyReviewThenAPartialApprovalThenTheProcessedRefundEachGetTheirOwnEmail() {
        String email = Events.uniqueEmail("ben");
        Events refund = Events.forCustomer(email, "Ben");

        publish(refund.reviewRequired("THIRD_PARTY",
                line("1", REVIEW, 0, "A person decides on third-party services.", "TPS-1", "TPS-2")));
        DeliveredMail review = awaitMail(email, 1).get(0);
        assertThat(review.subject()).isEqualTo("Your refund request for order " + refund.orderNumber()
                + " is being reviewed");
        for (String part : new String[] {review.plain(), review.htmlText()}) {
            assertThat(part).contains("We will tell you the outcome by 12 November 2026, within 7 days")
                    .contains("Necxian will take it up with the provider for you and advocate on your behalf,"
                            + " but we cannot guarantee a refund.");
        }

        publish(refund.approved(19900, Resolution.REFUND, null,
                line("1", APPROVE, 19900, "Returned within 30 days of delivery.", "STD-1"),
                line("2", DENY, 0, "Clearance items are final sale.", "EXC-2")));
        DeliveredMail approved = awaitMail(email, 2).get(1);
        assertThat(approved.subject()).isEqualTo("Your refund request for order " + refund.orderNumber()
                + " is approved");
        for (String part : new String[] {approved.plain(), approved.htmlText()}) {
            assertThat(part).contains("We will refund 199.00 EUR to your original payment method (your card). "
                    + "The refund will be processed within 7 days, by 12 November 2026.")
                    .contains("Item 1").contains("Item 2: Clearance items are final sale. (policy clause EXC-2)")
                    .contains("Policy clauses applied: STD-1, EXC-2");
        }

        publish(refund.processed(19900, Resolution.REFUND));
        DeliveredMail processed = awaitMail(email, 3).get(2);
        assertThat(processed.subject()).isEqualTo("Your refund for order " + refund.orderNumber()
                + " has been processed");
        for (String part : new String[] {processed.plain(), processed.htmlText()}) {
            assertThat(part).contains("we sent 199.00 EUR to your original payment method on 8 November 2026")
                    .contains("it may take your bank or card issuer some additional days to show the refund");
        }
    }

    @Test
    void aDeniedSubscriptionExplainsEachLineItsClauseAccessToTheEndOfTheCycleAndHowToComplain() {
        String email = Events.uniqueEmail("chloe");
        Events refund = Events.forCustomer(email, null);
        publish(refund.requested("Don't need it", 999));
        awaitMail(email, 1);

        publish(refund.denied("We checked <your> account & usage.",
                line("1", DENY, 0, "Subscriptions are not refunded for partial periods.", "SUB-1", "SUB-2")));

        DeliveredMail denied = awaitMail(email, 2).get(1);
        assertThat(denied.subject()).isEqualTo("Your refund request for order " + refund.orderNumber()
                + " was not approved");
        for (String part : new String[] {denied.plain(), denied.htmlText()}) {
            assertThat(part).startsWith("Hello,")
                    .contains("Headphones HP-200: Subscriptions are not refunded for partial periods. "
                            + "(policy clause SUB-1, SUB-2)")
                    .contains("After you cancel, you keep access until the end of the billing cycle you have already"
                            + " paid for; the subscription will not renew and you will not be charged again.")
                    .contains("contact our customer service at support@necxian.example")
                    .contains("quote your order number " + refund.orderNumber());
        }
        assertThat(denied.plain()).contains("A note from our team: We checked <your> account & usage.");
        assertThat(denied.html()).contains("We checked &lt;your&gt; account &amp; usage.");
    }

    @Test
    void aFailedRefundSaysWhatHappensNext() {
        String email = Events.uniqueEmail("dan");
        Events refund = Events.forCustomer(email, "Dan");

        publish(refund.failed(4200, "The card was closed.", true));

        DeliveredMail failed = awaitMail(email, 1).get(0);
        assertThat(failed.subject()).isEqualTo("We could not complete your refund for order " + refund.orderNumber()
                + " yet");
        for (String part : new String[] {failed.plain(), failed.htmlText()}) {
            assertThat(part).contains("We tried to complete your refund of 42.00 EUR")
                    .contains("What went wrong: The card was closed.")
                    .contains("the amount is still owed to you. Our customer service team will contact you");
        }
    }

    @Test
    void moneyIsWrittenWithTheCurrencysOwnFractionDigits() {
        String email = Events.uniqueEmail("eiko");
        Events yen = Events.forCustomer(email, "Eiko").in("JPY");
        publish(yen.approved(150000, Resolution.STORE_CREDIT, null, line("1", APPROVE, 150000, "ok", "STD-1")));
        assertThat(awaitMail(email, 1).get(0).plain())
                .contains("We will add 150,000 JPY of store credit to your account within 7 days");

        String other = Events.uniqueEmail("faisal");
        Events dinar = Events.forCustomer(other, "Faisal").in("BHD");
        publish(dinar.processed(12345, Resolution.REFUND));
        assertThat(awaitMail(other, 1).get(0).plain()).contains("we sent 12.345 BHD to your original payment method");
    }
}
