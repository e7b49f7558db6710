package com.necxian.refunds.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundPolicyChanged;

/** CHG-2: each customer the service has written to gets one e-mail per significant policy version. */
class PolicyNoticeTest extends NotificationServiceTest {

    @Test
    void aSignificantChangeReachesEveryKnownCustomerOnceEvenWhenRedelivered() {
        String ana = Events.uniqueEmail("policy-ana");
        String ben = Events.uniqueEmail("policy-ben");
        publish(Events.forCustomer(ana, "Ana").requested("x", 100), Events.forCustomer(ben, "Ben").requested("y", 100));
        awaitMail(ana, 1);
        awaitMail(ben, 1);
        int version = ThreadLocalRandom.current().nextInt(1_000, 1_000_000);

        RefundPolicyChanged change = Events.policyChanged(version, true,
                "Clearance items can now be returned within 14 days <if unused>.");
        RefundPolicyChanged sameVersionAgain = RefundPolicyChanged.newBuilder(change)
                .setEventId(UUID.randomUUID().toString()).build();
        publish(change, change, sameVersionAgain, Events.policyChanged(version + 1, false, "wording only"),
                Events.policyChanged(version + 2, true, "marker"));

        // One partition for the policy topic: once the marker version arrived, everything before it was handled.
        awaitMail(ana, 3);
        awaitMail(ben, 3);
        for (String email : new String[] {ana, ben}) {
            var notices = DeliveredMail.to(email).stream()
                    .filter(mail -> mail.subject().equals("Changes to the Necxian refund policy")).toList();
            assertThat(notices).hasSize(2);
            DeliveredMail notice = notices.stream().filter(mail -> mail.plain().contains("version " + version + ")"))
                    .findFirst().orElseThrow();
            for (String part : new String[] {notice.plain(), notice.htmlText()}) {
                assertThat(part).contains("We have made a significant change to the Necxian refund policy. "
                                + "The new version (version " + version + ") applies from 1 December 2026.")
                        .contains("What changed: Clearance items can now be returned within 14 days");
            }
            assertThat(notice.html()).contains("&lt;if unused&gt;");
        }
    }
}
