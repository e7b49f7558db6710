package com.necxian.refunds.policy.messaging;

import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;

/**
 * Posts a policy version (CHG-1: in force as soon as it commits). A significant one publishes RefundPolicyChanged
 * (CHG-2) through the outbox, written in the same database transaction as the version: both or neither.
 */
@Component
public class PolicyChanges {

    private final PolicyVersions versions;
    private final Outbox outbox;

    PolicyChanges(PolicyVersions versions, Outbox outbox) {
        this.versions = versions;
        this.outbox = outbox;
    }

    @Transactional
    public PolicyVersion post(UnaryOperator<PolicySettings> change, boolean significant, String summary,
            String postedBy, String correlationId) {
        PolicyVersion version = versions.add(change, significant, summary, postedBy);
        if (significant) {
            outbox.add(RefundPolicyChanged.newBuilder()
                    .setEventId(UUID.randomUUID().toString()).setOccurredAt(version.effectiveAt())
                    .setCorrelationId(correlationId).setPolicyVersion(version.version()).setSignificant(true)
                    .setSummary(summary).setEffectiveAt(version.effectiveAt()).build());
        }
        return version;
    }
}
