package com.necxian.refunds.benchmarks;

import java.util.Arrays;

/** Recorded latencies in microseconds, and their percentiles. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int count;

    synchronized void record(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1000;
    }

    synchronized int count() {
        return count;
    }

    synchronized String summary() {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return "p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms".formatted(at(sorted, 0.50), at(sorted, 0.99),
                at(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    synchronized double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return at(sorted, p);
    }

    private static double at(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
                / 1000.0;
    }
}
