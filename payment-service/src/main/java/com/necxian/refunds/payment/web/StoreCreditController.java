package com.necxian.refunds.payment.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.payment.store.StoreCreditAccounts;
import com.necxian.refunds.money.Money;

/** A customer's store-credit balances (one per currency) and the entries behind them. */
@RestController
class StoreCreditController {

    record StoreCreditView(String customerId, List<BalanceView> balances, List<EntryView> entries) {
    }

    record BalanceView(String currency, String balance) {
    }

    record EntryView(String amount, String currency, String refundId, String orderNumber, Instant at) {
    }

    private final StoreCreditAccounts accounts;

    StoreCreditController(StoreCreditAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/store-credit/{customerId}")
    StoreCreditView find(@PathVariable String customerId) {
        var balances = accounts.balances(customerId);
        if (balances.isEmpty()) {
            throw new NotFound("Customer " + customerId + " has no store-credit account.");
        }
        return new StoreCreditView(customerId,
                balances.stream().map(b -> new BalanceView(b.currency(),
                        Money.decimal(b.balanceMinor(), b.currency()))).toList(),
                accounts.entries(customerId).stream().map(e -> new EntryView(
                        Money.decimal(e.amountMinor(), e.currency()), e.currency(), e.refundId(), e.orderNumber(),
                        e.at())).toList());
    }
}
