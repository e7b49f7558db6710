package com.necxian.refunds.payment.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.domain.StoreCredit;
import com.necxian.refunds.payment.store.RefundPayments;
import com.necxian.refunds.payment.store.StoreCreditAccounts;

/** What the operator reads: a refund's payment and a customer's store credit, each in one read transaction. */
@Service
public class PaymentRecords {

    private final RefundPayments payments;
    private final StoreCreditAccounts accounts;

    PaymentRecords(RefundPayments payments, StoreCreditAccounts accounts) {
        this.payments = payments;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public LedgerEntry refundPayment(String refundId) {
        return payments.find(refundId).orElseThrow(() -> new UnknownRefundPayment(refundId));
    }

    @Transactional(readOnly = true)
    public StoreCredit storeCredit(String customerId) {
        return accounts.find(customerId).orElseThrow(() -> new UnknownStoreCreditAccount(customerId));
    }
}
