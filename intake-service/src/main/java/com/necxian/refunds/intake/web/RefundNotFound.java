package com.necxian.refunds.intake.web;

class RefundNotFound extends RuntimeException {

    RefundNotFound(String refundId) {
        super("No refund with id " + refundId + " is known (a new one may take a moment to appear).");
    }
}
