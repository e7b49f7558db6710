package com.necxian.refunds.notification.messaging.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jakarta.mail.util.StreamProvider;

/** The StreamProvider named to skip Jakarta Mail's per-part ServiceLoader scan is the one on the classpath. */
class StreamProviderTest {

    @Test
    void theNamedProviderIsAngusMailsAndIsWhatJakartaMailUses() throws Exception {
        Class.forName(MailMessages.class.getName()); // runs its static initialiser

        assertThat(System.getProperty(MailMessages.STREAM_PROVIDER)).isEqualTo(MailMessages.ANGUS_STREAM_PROVIDER);
        assertThat(StreamProvider.class.isAssignableFrom(Class.forName(MailMessages.ANGUS_STREAM_PROVIDER))).isTrue();
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailMessages.ANGUS_STREAM_PROVIDER);
    }
}
