package com.necxian.refunds.policy.application;

import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.messaging.outbox.Outbox;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;

/**
 * Use case: the policy owner posts a policy version, or changes the recall list (EXC-3) by one. A version is in force
 * as soon as it commits (CHG-1); a significant one publishes RefundPolicyChanged (CHG-2) through the outbox, written
 * in the same database transaction as the version: both or neither.
 */
@Component
public class ChangePolicy {

    private final PolicyVersions versions;
    private final Outbox outbox;

    ChangePolicy(PolicyVersions versions, Outbox outbox) {
        this.versions = versions;
        this.outbox = outbox;
    }

    /**
     * Posts {@code change} applied to the version in force (read under the lock, so concurrent posts keep each
     * other's changes). {@code change} may throw an ApiProblem (invalid settings): then nothing is stored.
     */
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

    /** Adds {@code recall} to the recall list (replacing the SKU's earlier entry): a version, not significant. */
    @Transactional
    public PolicyVersion recall(Recall recall, String postedBy, String correlationId) {
        return post(current -> current.withRecall(recall), false,
                "Recall of SKU " + recall.sku() + " added to the recall list.", postedBy, correlationId);
    }
}
