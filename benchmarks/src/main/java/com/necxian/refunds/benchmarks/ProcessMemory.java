package com.necxian.refunds.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from /proc (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static long residentMegabytes(long pid) {
        return statusField(pid, "VmRSS:");
    }

    /** The most the process ever had resident (its high-water mark). */
    static long peakResidentMegabytes(long pid) {
        return statusField(pid, "VmHWM:");
    }

    private static long statusField(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
