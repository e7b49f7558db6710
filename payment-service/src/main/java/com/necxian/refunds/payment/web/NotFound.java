package com.necxian.refunds.payment.web;

class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
