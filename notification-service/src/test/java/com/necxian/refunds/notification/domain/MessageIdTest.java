package com.necxian.refunds.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jakarta.mail.internet.InternetAddress;

/** PROC-5: the customer is told of each status once; a repeat after a crash carries the same Message-ID. */
class MessageIdTest {

    static final String DOMAIN = "necxian.example";

    @Test
    void aRefundStatusHasOneMessageIdWhateverTheEventOrTheAttempt() {
        String first = MessageId.of("r-1", MailTemplate.PROCESSED, "event-1", "ana@example.com", DOMAIN);
        String again = MessageId.of("r-1", MailTemplate.PROCESSED, "event-2", "ana@example.com", DOMAIN);

        assertThat(first).isEqualTo("<refund.r-1.processed@necxian.example>").isEqualTo(again);
        assertThat(MessageId.of("r-1", MailTemplate.APPROVED, "event-1", "ana@example.com", DOMAIN))
                .isNotEqualTo(first);
        assertThat(MessageId.of("r-2", MailTemplate.PROCESSED, "event-1", "ana@example.com", DOMAIN))
                .isNotEqualTo(first);
    }

    @Test
    void aPolicyNoticeIsIdentifiedByItsEventAndRecipientWithoutShowingTheAddress() {
        String ana = MessageId.of(null, MailTemplate.POLICY_CHANGED, "policy-event-7", "Ana@Example.com", DOMAIN);

        assertThat(ana).startsWith("<policy.policy-event-7.").doesNotContain("ana").doesNotContain("example.com>x")
                .isEqualTo(MessageId.of(null, MailTemplate.POLICY_CHANGED, "policy-event-7", "ana@example.com",
                        DOMAIN));
        assertThat(MessageId.of(null, MailTemplate.POLICY_CHANGED, "policy-event-7", "bo@example.com", DOMAIN))
                .isNotEqualTo(ana);
        assertThat(MessageId.of(null, MailTemplate.POLICY_CHANGED, "policy-event-8", "ana@example.com", DOMAIN))
                .isNotEqualTo(ana);
    }

    @Test
    void theIdStaysAValidMessageIdWhateverTheRefundIdHolds() throws Exception {
        String id = MessageId.of("odd id <@>", MailTemplate.RECEIVED, "e", "a@b.c", DOMAIN);

        assertThat(id).isEqualTo("<refund.odd-id----.received@necxian.example>");
        new InternetAddress(id.substring(1, id.length() - 1), true);
    }
}
