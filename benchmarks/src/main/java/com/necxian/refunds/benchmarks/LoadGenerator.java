package com.necxian.refunds.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Sends refund requests to intake over HTTP/1.1 keep-alive connections ({@link KeepAliveClient}, one thread
 * each). Open loop: a scheduler releases one request every 1/rate seconds whatever the answers, and any free
 * connection sends it; a request that waits for a connection is late, and its latency counts from when it was
 * due, so a slow answer cannot hide the requests it held back. Closed loop: each client sends its next request
 * once the last was answered (saturation).
 */
final class LoadGenerator {

    /** A request ready to send, and what to do with a 202. */
    record Request(byte[] bytes, Runnable onAccepted) {
    }

    /** What one run of the generator did. */
    record Result(long sent, long accepted, long failed, long late, double seconds, Latencies latencies,
            double cpuSeconds) {

        double acceptedPerSecond() {
            return accepted / seconds;
        }

        double sentPerSecond() {
            return sent / seconds;
        }
    }

    private static final long LATE_NANOS = Duration.ofMillis(10).toNanos();
    private static final long POISON = Long.MIN_VALUE;

    private LoadGenerator() {
    }

    /** {@code rate} requests per second for {@code duration} over {@code connections} connections. */
    static Result openLoop(URI base, double rate, Duration duration, int connections, Supplier<Request> requests)
            throws InterruptedException {
        BlockingQueue<Long> due = new LinkedBlockingQueue<>();
        Counters counters = new Counters();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread sender = new Thread(() -> {
                try (KeepAliveClient connection = new KeepAliveClient(base.getHost(), base.getPort())) {
                    for (long at = due.take(); at != POISON; at = due.take()) {
                        if (System.nanoTime() - at > LATE_NANOS) {
                            counters.late.incrementAndGet();
                        }
                        send(connection, requests.get(), counters);
                        counters.latencies.record(System.nanoTime() - at);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    counters.addThreadCpu();
                }
            }, "open-loop-" + c);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
        long interval = Math.round(1e9 / rate);
        long start = System.nanoTime();
        long count = Math.round(rate * duration.toNanos() / 1e9);
        for (long i = 0; i < count; i++) {
            long at = start + i * interval;
            for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                LockSupport.parkNanos(wait); // pacing the schedule
            }
            due.add(at);
        }
        for (int c = 0; c < connections; c++) {
            due.add(POISON);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        return counters.result((System.nanoTime() - start) / 1e9);
    }

    /** {@code clients} closed-loop clients for {@code duration}. */
    static Result closedLoop(URI base, int clients, Duration duration, Supplier<Request> requests)
            throws InterruptedException {
        Counters counters = new Counters();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try (KeepAliveClient connection = new KeepAliveClient(base.getHost(), base.getPort())) {
                    while (System.nanoTime() < end) {
                        long began = System.nanoTime();
                        send(connection, requests.get(), counters);
                        counters.latencies.record(System.nanoTime() - began);
                    }
                } finally {
                    counters.addThreadCpu();
                }
            }, "closed-loop-" + c);
            client.setDaemon(true);
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) {
            t.join();
        }
        return counters.result((System.nanoTime() - start) / 1e9);
    }

    private static void send(KeepAliveClient connection, Request request, Counters counters) {
        counters.sent.incrementAndGet();
        try {
            if (connection.exchange(request.bytes()) == 202) {
                counters.accepted.incrementAndGet();
                request.onAccepted().run();
            } else {
                counters.failed.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            connection.close();
            counters.failed.incrementAndGet();
        }
    }

    private static final class Counters {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong late = new AtomicLong();
        final Latencies latencies = new Latencies();
        final AtomicLong cpuNanos = new AtomicLong();

        /** The calling thread's CPU time (its threads end with the run, so nothing else can count it). */
        void addThreadCpu() {
            cpuNanos.addAndGet(Math.max(0, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
        }

        Result result(double seconds) {
            return new Result(sent.get(), accepted.get(), failed.get(), late.get(), seconds, latencies,
                    cpuNanos.get() / 1e9);
        }
    }
}
