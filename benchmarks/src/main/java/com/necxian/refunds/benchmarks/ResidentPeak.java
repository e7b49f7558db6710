package com.necxian.refunds.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

/** The highest resident memory of a process seen while it is watched (read every 200 ms). */
final class ResidentPeak implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread watcher;

    private ResidentPeak(long pid) {
        watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ProcessMemory.residentMegabytes(pid), Math::max);
                try {
                    Thread.sleep(200); // a sampling period, not synchronisation
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "resident-peak");
        watcher.setDaemon(true);
    }

    static ResidentPeak watch(long pid) {
        ResidentPeak peak = new ResidentPeak(pid);
        peak.watcher.start();
        return peak;
    }

    long megabytes() {
        return peak.get();
    }

    @Override
    public void close() {
        watcher.interrupt();
    }
}
