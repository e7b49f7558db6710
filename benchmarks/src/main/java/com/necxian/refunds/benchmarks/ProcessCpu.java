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

    /** A process, the children it reaped, and its live descendants, in seconds. */
    static double treeSeconds(long pid) {
        long[] t = ticks(pid);
        if (t == null) {
            return 0;
        }
        double seconds = (t[0] + t[1] + t[2] + t[3]) / TICKS_PER_SECOND;
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            for (ProcessHandle child : process.get().children().toList()) {
                seconds += treeSeconds(child.pid());
            }
        }
        return seconds;
    }

    /**
     * Seconds each live thread of a process (and, with {@code tree}, of its live descendants) has spent runnable
     * but waiting for a core, by thread id, from /proc/&lt;pid&gt;/task/*&#47;schedstat: on a full machine, the time
     * a process lost to the others. See {@link #waitedBetween}.
     */
    static Map<Long, Double> runQueueWait(long pid, boolean tree) {
        Map<Long, Double> byThread = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String[] f = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    byThread.put(Long.parseLong(task.getFileName().toString()), Long.parseLong(f[1]) / 1e9);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return byThread;
        }
        if (tree) {
            for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
                byThread.putAll(runQueueWait(child.pid(), true));
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
        long pid = ProcessHandle.current().pid();
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
            return "JIT compilers";
        }
        if (lower.startsWith("gc ") || lower.startsWith("g1 ") || lower.startsWith("vm ")
                || lower.startsWith("parallel gc") || lower.startsWith("conc")) {
            return "GC and VM";
        }
        return "Kafka broker and the rest";
    }

    /** utime, stime, cutime, cstime in ticks, or null when the process is gone. */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command in parentheses may hold spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
