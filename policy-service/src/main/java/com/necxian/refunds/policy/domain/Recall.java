package com.necxian.refunds.policy.domain;

import java.time.Instant;

/** A SKU the policy owner has recalled (EXC-3): a recall claim on it is approved without review. */
public record Recall(String sku, Instant recalledAt, String note) {
}
