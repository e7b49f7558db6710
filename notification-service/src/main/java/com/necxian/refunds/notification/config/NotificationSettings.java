package com.necxian.refunds.notification.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** What the e-mails say about the company and how they are delivered. */
@ConfigurationProperties("necxian.notification")
public record NotificationSettings(String companyName, String supportAddress, String supportHours, String from,
        ZoneId zone, Delivery delivery) {

    /** The sender loops: how many, batch size (one SMTP connection per batch), polling, lease, retry backoff. */
    public record Delivery(Integer senders, Integer batchSize, Duration pollInterval, Duration lease,
            Duration firstRetry, Duration maxRetry, Integer maxAttemptsWhenRejected, Integer sentGroupSize,
            Duration sentGroupWait) {

        public Delivery {
            senders = senders == null ? 2 : senders;
            batchSize = batchSize == null ? 100 : batchSize;
            pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
            lease = lease == null ? Duration.ofSeconds(20) : lease;
            firstRetry = firstRetry == null ? Duration.ofSeconds(2) : firstRetry;
            maxRetry = maxRetry == null ? Duration.ofMinutes(5) : maxRetry;
            maxAttemptsWhenRejected = maxAttemptsWhenRejected == null ? 3 : maxAttemptsWhenRejected;
            sentGroupSize = sentGroupSize == null ? 5 : sentGroupSize;
            sentGroupWait = sentGroupWait == null ? Duration.ofMillis(10) : sentGroupWait;
        }
    }

    public NotificationSettings {
        require(companyName, "company-name");
        require(supportAddress, "support-address");
        require(supportHours, "support-hours");
        require(from, "from");
        zone = zone == null ? ZoneId.of("UTC") : zone;
        delivery = delivery == null ? new Delivery(null, null, null, null, null, null, null, null, null) : delivery;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("necxian.notification." + name + " is not set");
        }
    }
}
