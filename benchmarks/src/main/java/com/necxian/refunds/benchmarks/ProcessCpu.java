package com.necxian.refunds.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPU time from /proc (Linux, 100 ticks per second): of one process, of a process tree (children that already
 * exited included, through the parent's cutime/cstime: PostgreSQL's backends come and go), and of the whole machine.
 * {@link CpuShares} samples the JVM's view ({@code ProcessHandle}); this reads the kernel's counters directly so
 * a PostgreSQL server is counted as one tree and the rest of the machine can be told apart.
 */
final class ProcessCpu {

    static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** utime + stime of one process (all its threads), in seconds; 0 once it is gone. */
    static double ownSeconds(long pid) {
        long[] t = ticks(pid);
        return t == null ? 0 : (t[0] + t[1]) / TICKS_PER_SECOND;
    }

    /**
     * Every process's CPU counters and parent, and the machine's busy time, read in one pass over /proc, with the
     * time it was taken: the cores used between two snapshots are their difference over their distance.
     */
    record Snapshot(long nanos, double machineBusy, Map<Long, long[]> byPid, Map<Long, List<Long>> children) {

        static Snapshot take() {
            long nanos = System.nanoTime();
            double machine = machineBusySeconds();
            Map<Long, long[]> byPid = new java.util.HashMap<>();
            Map<Long, List<Long>> children = new java.util.HashMap<>();
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : dirs.toList()) {
                    String name = dir.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    long[] t = ticks(pid); // utime, stime, cutime, cstime, ppid
                    if (t != null) {
                        byPid.put(pid, t);
                        children.computeIfAbsent(t[4], k -> new java.util.ArrayList<>()).add(pid);
                    }
                }
            } catch (IOException e) {
                // an empty snapshot counts nothing
            }
            return new Snapshot(nanos, machine, byPid, children);
        }

        /** utime + stime of one process (all its threads), in seconds; 0 when it is gone. */
        double own(long pid) {
            long[] t = byPid.get(pid);
            return t == null ? 0 : (t[0] + t[1]) / TICKS_PER_SECOND;
        }

        /** A process, the children it reaped, and its live descendants, in seconds. */
        double tree(long pid) {
            long[] t = byPid.get(pid);
            if (t == null) {
                return 0;
            }
            double seconds = (t[0] + t[1] + t[2] + t[3]) / TICKS_PER_SECOND;
            for (long child : children.getOrDefault(pid, List.of())) {
                seconds += tree(child);
            }
            return seconds;
        }

        /** The process and its live descendants. */
        List<Long> withDescendants(long pid) {
            List<Long> all = new java.util.ArrayList<>(List.of(pid));
            for (long child : children.getOrDefault(pid, List.of())) {
                all.addAll(withDescendants(child));
            }
            return all;
        }
    }

    /**
     * Seconds each live thread of the given processes has spent runnable
     * but waiting for a core, by thread id, from /proc/&lt;pid&gt;/task/*&#47;schedstat: on a full machine, the time
     * a process lost to the others. See {@link #waitedBetween}.
     */
    static Map<Long, Double> runQueueWait(List<Long> pids) {
        Map<Long, Double> byThread = new java.util.HashMap<>();
        for (long pid : pids) {
            try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String[] f = Files.readString(task.resolve("schedstat")).trim().split(" ");
                        byThread.put(Long.parseLong(task.getFileName().toString()), Long.parseLong(f[1]) / 1e9);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended meanwhile
            }
        }
        return byThread;
    }

    /**
     * Run-queue wait between two samples: per thread alive at the second, what it added since the first (all of
     * it for a thread started meanwhile). Threads that ended meanwhile are not counted.
     */
    static double waitedBetween(Map<Long, Double> before, Map<Long, Double> after) {
        return after.entrySet().stream()
                .mapToDouble(e -> Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0.0))).sum();
    }

    /** Busy CPU time of the whole machine (all cores, every process), in seconds, from /proc/stat. */
    static double machineBusySeconds() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // "cpu  user nice system idle iowait ..."
            String[] f = cpu.trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The PostgreSQL server listening on {@code port}: the postmaster, a {@code postgres} process whose parent is
     * not one and whose arguments name the port.
     */
    static Optional<Long> postmasterOn(int port) {
        String portText = String.valueOf(port);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.parent().flatMap(parent -> parent.info().command())
                        .map(c -> !c.endsWith("/postgres")).orElse(true))
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains(portText))
                .map(ProcessHandle::pid).findFirst();
    }

    /**
     * CPU seconds of this JVM's live threads, grouped by what they do (from the thread names the kernel knows,
     * 15 characters at most), and "exited threads" for what the process used beyond its live threads.
     */
    static Map<String, Double> ownThreads() {
        return threads(ProcessHandle.current().pid());
    }

    /** A process's live threads' CPU seconds by group (see {@link #ownThreads()}). */
    static Map<String, Double> threads(long pid) {
        Map<String, Double> groups = new TreeMap<>();
        double live = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                    groups.merge(threadGroup(name), seconds, Double::sum);
                    live += seconds;
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return groups;
        }
        groups.put(EXITED_THREADS, Math.max(0, ownSeconds(pid) - live));
        return groups;
    }

    static final String JIT = "JIT compilers";

    static final String EXITED_THREADS = "short-lived threads (GreenMail's per-connection handlers, ...)";

    private static String threadGroup(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("open-loop") || lower.startsWith("closed-loop")) {
            return "load generator";
        }
        if (lower.startsWith("refund-") || lower.startsWith("consumer-lag") || lower.startsWith("resident-peak")
                || lower.startsWith("kafka-admin-cli") || lower.startsWith("kafka-coordinat")) {
            return "followers (events, e-mail, lag, memory)";
        }
        if (lower.contains("smtp") || lower.contains("greenmail")) {
            return "GreenMail";
        }
        if (lower.contains("compilerthre")) {
            return JIT;
        }
        if (lower.startsWith("gc ") || lower.startsWith("g1 ") || lower.startsWith("vm ")
                || lower.startsWith("parallel gc") || lower.startsWith("conc")) {
            return "GC and VM";
        }
        return "Kafka broker and the rest";
    }

    /** utime, stime, cutime, cstime in ticks and the parent's pid, or null when the process is gone. */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command in parentheses may hold spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
