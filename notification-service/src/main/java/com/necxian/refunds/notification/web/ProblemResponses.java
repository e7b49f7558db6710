package com.necxian.refunds.notification.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for every error (a missing refundId parameter gives 400). */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {
}
