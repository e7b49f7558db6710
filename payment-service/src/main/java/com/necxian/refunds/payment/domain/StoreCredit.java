package com.necxian.refunds.payment.domain;

import java.time.Instant;
import java.util.List;

/** A customer's store-credit account: one balance per currency, and the entries that make them up. */
public record StoreCredit(String customerId, List<Balance> balances, List<Entry> entries) {

    public record Balance(String currency, long balanceMinor) {
    }

    public record Entry(long id, String currency, long amountMinor, String refundId, String orderNumber, Instant at) {
    }
}
