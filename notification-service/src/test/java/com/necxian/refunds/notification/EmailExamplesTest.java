package com.necxian.refunds.notification;

import static com.necxian.refunds.events.LineOutcome.APPROVE;
import static com.necxian.refunds.events.LineOutcome.DENY;
import static com.necxian.refunds.events.LineOutcome.REVIEW;
import static com.necxian.refunds.notification.Events.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.notification.domain.Draft;
import com.necxian.refunds.notification.application.MailRenderer;
import com.necxian.refunds.notification.application.MailRenderer.Rendered;
import com.necxian.refunds.notification.application.EventDrafts;
import com.necxian.refunds.notification.store.KnownCustomers.KnownCustomer;

/**
 * Renders one example of every e-mail and writes it to docs/emails/ (HTML part, with the subject and the plain-text
 * part beside it), so the committed examples are what the templates produce.
 */
class EmailExamplesTest extends NotificationServiceTest {

    static final Path DOCS = Path.of("..", "docs", "emails");

    @Autowired
    EventDrafts drafts;

    @Autowired
    MailRenderer renderer;

    @Test
    void everyE_mailRendersCompletelyAndItsExampleIsWrittenToDocs() throws IOException {
        Events ana = new Events("5b7e2c1a-0d4f-4c55-9a8e-2f61d3a7b901", "NX-100234",
                new Customer("C-42", "ana@example.com", "Ana Ruiz"), "EUR");
        Map<String, String> names = Map.of("1", "Headphones HP-200", "2", "Carry case (clearance)");
        Map<String, Draft> examples = new LinkedHashMap<>();
        examples.put("1-received", drafts.forRefund(ana.requested("Left earcup crackles after two days.", 19900, 1500),
                Map.of()));
        examples.put("2-under-review-third-party", drafts.forRefund(ana.reviewRequired("THIRD_PARTY",
                line("3", REVIEW, 0, "Third-party services follow the provider's terms.", "TPS-1", "TPS-2")), names));
        examples.put("3-approved-partially", drafts.forRefund(ana.approved(19900, Resolution.REFUND, null,
                line("1", APPROVE, 19900, "Returned within the 30-day return window.", "STD-1"),
                line("2", DENY, 0, "Clearance items are final sale and cannot be refunded.", "EXC-2")), names));
        examples.put("4-denied-subscription", drafts.forRefund(ana.denied(null,
                line("1", DENY, 0, "Subscriptions are not refunded for partial billing periods.", "SUB-1", "SUB-2")),
                Map.of("1", "Necxian Cloud, monthly plan")));
        examples.put("5-denied-third-party", drafts.forRefund(ana.denied("The provider declined; we will keep at it.",
                line("1", DENY, 0, "The provider's terms do not allow a refund after the event.", "TPS-1", "TPS-2")),
                Map.of("1", "Concert ticket (partner)")));
        examples.put("6-processed", drafts.forRefund(ana.processed(19900, Resolution.REFUND), names));
        examples.put("7-failed", drafts.forRefund(ana.failed(19900, "The card used for the order was closed.", true),
                names));
        examples.put("8-policy-changed", drafts.forPolicyChange(Events.policyChanged(4, true,
                "Regular items can now be returned within 45 days of delivery (was 30)."),
                new KnownCustomer("ana@example.com", "C-42", "Ana Ruiz")));

        Files.createDirectories(DOCS);
        for (var example : examples.entrySet()) {
            Draft draft = example.getValue();
            Rendered rendered = renderer.render(draft.template(), draft.variables());
            assertThat(rendered.html()).doesNotContain("${").doesNotContainPattern("\\sth:[a-z]")
                    .contains("support@necxian.example");
            assertThat(rendered.text()).doesNotContain("[(").doesNotContain("[#").contains("support@necxian.example");
            Files.writeString(DOCS.resolve(example.getKey() + ".html"), rendered.html().replaceFirst("<body",
                    "<!-- Subject: " + draft.subject() + " | To: " + draft.recipient() + " -->\n<body"));
            Files.writeString(DOCS.resolve(example.getKey() + ".txt"),
                    "Subject: " + draft.subject() + "\nTo: " + draft.recipient() + "\n\n" + rendered.text());
        }
    }
}
