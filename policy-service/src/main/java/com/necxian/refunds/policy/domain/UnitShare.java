package com.necxian.refunds.policy.domain;

/**
 * The part of a line's amount that belongs to some of its units, in integer minor units. Every unit is worth
 * {@code amount / quantity} rounded down, and the remainder adds one minor unit to each of the last units
 * (1099 for 3 units: 366, 366, 367), so refunding all units in any number of requests totals exactly what was paid.
 * Units are refunded in order: a request takes the units after those refunded before.
 */
final class UnitShare {

    private UnitShare() {
    }

    /** The share of units {@code before + 1} to {@code before + units}; 0 when that runs past {@code quantity}. */
    static long of(long amountMinor, int quantity, int before, int units) {
        if (quantity < 1 || before < 0 || units < 1 || (long) before + units > quantity) {
            return 0;
        }
        long perUnit = amountMinor / quantity;
        long lastWithoutExtra = quantity - amountMinor % quantity;
        return perUnit * units + extraUpTo(before + units, lastWithoutExtra) - extraUpTo(before, lastWithoutExtra);
    }

    /** How many of units 1..{@code unit} carry one extra minor unit. */
    private static long extraUpTo(long unit, long lastWithoutExtra) {
        return Math.max(0, unit - lastWithoutExtra);
    }
}
