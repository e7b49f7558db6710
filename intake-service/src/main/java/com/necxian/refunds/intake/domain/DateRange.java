package com.necxian.refunds.intake.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The dates a request received at a given moment may carry ({@link RequestLimits}): from 2000 to a year after that
 * moment, a subscription's end up to ten years after it. A date outside is a client's mistake, and one far enough
 * out (year +999999999) cannot even be written as Avro's timestamp-millis, so it would fail after acceptance.
 */
public record DateRange(Instant latest, Instant latestPeriodEnd) {

    public static DateRange around(Instant now) {
        ZonedDateTime utc = now.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
        return new DateRange(utc.plus(RequestLimits.DATES_AHEAD).toInstant(),
                utc.plus(RequestLimits.PERIOD_END_AHEAD).toInstant());
    }

    public boolean holds(Instant date) {
        return !date.isBefore(RequestLimits.EARLIEST_DATE) && !date.isAfter(latest);
    }

    public boolean holdsPeriodEnd(Instant end) {
        return !end.isBefore(RequestLimits.EARLIEST_DATE) && !end.isAfter(latestPeriodEnd);
    }

    public String message() {
        return "must lie between " + RequestLimits.EARLIEST_DATE + " and a year after the request (" + latest + ")";
    }

    public String periodEndMessage() {
        return "must lie between " + RequestLimits.EARLIEST_DATE + " and ten years after the request ("
                + latestPeriodEnd + ")";
    }
}
