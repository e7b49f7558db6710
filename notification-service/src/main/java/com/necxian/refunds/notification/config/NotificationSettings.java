package com.necxian.refunds.notification.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code necxian.notification.*}: what the e-mails say about the company, and how they are delivered. The defaults
 * and the checks are here, once; the service refuses to start with a blank company setting or a delivery setting
 * that is not positive.
 */
@ConfigurationProperties("necxian.notification")
public record NotificationSettings(String companyName, String supportAddress, String supportHours, String from,
        @DefaultValue("UTC") ZoneId zone, @DefaultValue Delivery delivery) {

    /**
     * The sender loops: how many threads, e-mails per SMTP connection, polling, the lease of claimed e-mails, the
     * retry backoff and the attempts a rejected e-mail gets, and how acknowledged e-mails are grouped into one SENT
     * record (at most {@code sentGroupSize}, the oldest at most {@code sentGroupWait} old).
     */
    public record Delivery(@DefaultValue("2") int senders, @DefaultValue("100") int batchSize,
            @DefaultValue("500ms") Duration pollInterval, @DefaultValue("20s") Duration lease,
            @DefaultValue("2s") Duration firstRetry, @DefaultValue("5m") Duration maxRetry,
            @DefaultValue("3") int maxAttemptsWhenRejected, @DefaultValue("5") int sentGroupSize,
            @DefaultValue("10ms") Duration sentGroupWait) {

        public Delivery {
            positive("senders", senders);
            positive("batch-size", batchSize);
            positive("max-attempts-when-rejected", maxAttemptsWhenRejected);
            positive("sent-group-size", sentGroupSize);
            positive("poll-interval", pollInterval);
            positive("lease", lease);
            positive("first-retry", firstRetry);
            positive("max-retry", maxRetry);
            if (sentGroupWait.isNegative()) {
                throw new IllegalStateException("necxian.notification.delivery.sent-group-wait is negative");
            }
        }
    }

    public NotificationSettings {
        require(companyName, "company-name");
        require(supportAddress, "support-address");
        require(supportHours, "support-hours");
        require(from, "from");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("necxian.notification." + name + " is not set");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalStateException("necxian.notification.delivery." + name + " must be positive: " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("necxian.notification.delivery." + name + " must be positive: " + value);
        }
    }
}
