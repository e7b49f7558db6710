package com.necxian.refunds.policy.application;

import java.util.List;

import org.springframework.stereotype.Component;

import com.necxian.refunds.policy.domain.MadeToOrder;
import com.necxian.refunds.policy.domain.ProductType;
import com.necxian.refunds.policy.domain.RefundabilityAnswer;
import com.necxian.refunds.policy.domain.RefundabilityAtPurchase;
import com.necxian.refunds.policy.domain.SaleCondition;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;

/** Reading the policy: the version in force, any version, the history, and the refundability label (EXC-1). */
@Component
public class PolicyInForce {

    private final PolicyVersions versions;
    private final RefundabilityAtPurchase refundability;

    PolicyInForce(PolicyVersions versions, RefundabilityAtPurchase refundability) {
        this.versions = versions;
        this.refundability = refundability;
    }

    public PolicyVersion current() {
        return versions.current();
    }

    public PolicyVersion version(int number) {
        return versions.find(number).orElseThrow(() -> new PolicyVersionNotFound(number));
    }

    /** Every version, the newest first. */
    public List<PolicyVersion> history() {
        return versions.all();
    }

    /** What the buyer is told at purchase about a product under the version in force. */
    public RefundabilityAnswer refundability(ProductType type, MadeToOrder madeToOrder, SaleCondition sale) {
        return refundability.answer(type, madeToOrder, sale, versions.current().settings());
    }
}
