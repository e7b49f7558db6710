package com.necxian.refunds.policy.domain;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/** SUB-3: the part of a subscription period's price that belongs to the time not yet used. */
final class ProRating {

    private ProRating() {
    }

    /**
     * {@code amountPaid * remaining / periodLength}, in milliseconds, where remaining runs from
     * {@code now} (or the period start, if later) to the period end. Integer arithmetic only, and
     * rounded down so a suggestion never exceeds the exact share. BigInteger because a large amount
     * times a year of milliseconds does not fit in a long.
     */
    static long unusedPart(long amountPaidMinor, Instant periodStart, Instant periodEnd, Instant now) {
        Instant from = now.isAfter(periodStart) ? now : periodStart;
        long remaining = Duration.between(from, periodEnd).toMillis();
        long length = Duration.between(periodStart, periodEnd).toMillis();
        if (remaining <= 0 || length <= 0) {
            return 0;
        }
        return BigInteger.valueOf(amountPaidMinor)
                .multiply(BigInteger.valueOf(remaining))
                .divide(BigInteger.valueOf(length))
                .longValueExact();
    }
}
