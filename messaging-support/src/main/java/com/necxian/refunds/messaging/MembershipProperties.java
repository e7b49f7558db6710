package com.necxian.refunds.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service's consumers belong to their group, so a killed instance's partitions move on in seconds
 * (docs/operations.md, crash recovery). {@code instance-id}, when set, makes every consumer a static member
 * ({@code group.instance.id} = the id; spring-kafka adds {@code -n} per listener thread): the instance restarted
 * with the same id takes its partitions back at once, without a rebalance. It must be unique per running instance
 * and stable across its restarts (a pod name in a StatefulSet). {@code session-timeout} is how long the broker waits
 * for a dead member before giving its partitions to the others (Kafka's default is 45 s; 6 s is the broker's least).
 */
@ConfigurationProperties("necxian.messaging.membership")
public record MembershipProperties(String instanceId, Duration sessionTimeout) {

    public MembershipProperties {
        instanceId = instanceId == null || instanceId.isBlank() ? null : instanceId;
        sessionTimeout = sessionTimeout == null ? Duration.ofSeconds(6) : sessionTimeout;
    }
}
