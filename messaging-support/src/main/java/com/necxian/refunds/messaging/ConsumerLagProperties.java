package com.necxian.refunds.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How often {@link ConsumerLag} asks the broker for the groups' offsets (Prometheus scrapes every 15 s too). */
@ConfigurationProperties("necxian.messaging.consumer-lag")
public record ConsumerLagProperties(Duration interval) {

    public ConsumerLagProperties {
        interval = interval == null ? Duration.ofSeconds(15) : interval;
    }
}
