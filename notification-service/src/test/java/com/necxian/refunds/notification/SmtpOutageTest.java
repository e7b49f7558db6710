package com.necxian.refunds.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.MailServer;

/**
 * The SMTP server goes away in the middle of a batch of refunds and comes back: every e-mail goes out exactly
 * once. (GreenMail forgets what it received when stopped, so any resend of an earlier e-mail would show up.)
 */
class SmtpOutageTest extends NotificationServiceTest {

    @Autowired
    MockMvc http;

    @Test
    void anOutageLosesAndDuplicatesNothing() throws Exception {
        MailServer smtp = Infrastructure.shared().mail();
        List<Events> before = refunds("before", 5);
        List<Events> during = refunds("during", 10);
        before.forEach(refund -> publish(refund.requested("before the outage", 100)));
        before.forEach(refund -> awaitMail(refund.customer().getEmail(), 1));

        smtp.stop();
        try {
            during.forEach(refund -> publish(refund.requested("during the outage", 100)));
            await().atMost(TIMEOUT).until(() -> retried(during.get(during.size() - 1)));
            assertThat(status("/actuator/health/readiness")).as("ready while SMTP is down").isEqualTo(200);
            assertThat(status("/actuator/health")).as("mail health shows the outage").isEqualTo(503);
        } finally {
            smtp.resume();
        }

        during.forEach(refund -> awaitMail(refund.customer().getEmail(), 1));
        for (Events refund : during) {
            assertThat(DeliveredMail.to(refund.customer().getEmail())).hasSize(1);
        }
        for (Events refund : before) {
            assertThat(DeliveredMail.to(refund.customer().getEmail())).as("sent before the outage, not again")
                    .isEmpty();
        }
    }

    private boolean retried(Events refund) throws Exception {
        return http.perform(get("/api/v1/notifications").param("refundId", refund.refundId())
                        .header("Authorization", OperatorApiTest.OPERATOR))
                .andReturn().getResponse().getContentAsString()
                .matches("(?s).*\"attempts\":[1-9].*\"lastError\":\"[^\"]+.*");
    }

    private int status(String path) throws Exception {
        return http.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static List<Events> refunds(String who, int count) {
        List<Events> refunds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            refunds.add(Events.forCustomer(Events.uniqueEmail(who + i), null));
        }
        return refunds;
    }
}
