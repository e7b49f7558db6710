package com.necxian.refunds.intake.web;

import java.time.Instant;

/** The 202 answer to an accepted request. */
public record Acknowledgement(String refundId, String status, Instant respondBy) {
}
