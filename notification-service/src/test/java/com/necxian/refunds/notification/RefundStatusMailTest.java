package com.necxian.refunds.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundStatusMailTest extends NotificationServiceTest {

    @Test
    void aReceivedRequestIsConfirmedWithTheSevenDayPromiseInBothParts() {
        String email = Events.uniqueEmail("ana");
        Events refund = Events.forCustomer(email, "Ana Ruiz");

        publish(refund.requested("Left earcup <b>crackles</b> & hisses", 19900, 2550));

        DeliveredMail mail = awaitMail(email, 1).get(0);
        assertThat(mail.recipient()).isEqualTo(email);
        assertThat(mail.subject()).isEqualTo("We received your refund request for order " + refund.orderNumber());
        assertThat(mail.plain()).contains("Hello Ana Ruiz,")
                .contains("We will review it and tell you its status within 7 days, by 12 November 2026.")
                .contains("Headphones HP-200: 199.00 EUR").contains("Total: 224.50 EUR")
                .contains("Left earcup <b>crackles</b> & hisses");
        assertThat(mail.htmlText()).contains("within 7 days, by 12 November 2026")
                .contains("support@necxian.example");
        assertThat(mail.html()).contains("Left earcup &lt;b&gt;crackles&lt;/b&gt; &amp; hisses")
                .doesNotContain("<b>crackles</b>");
    }
}
