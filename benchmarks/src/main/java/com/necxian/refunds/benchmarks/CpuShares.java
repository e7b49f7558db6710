package com.necxian.refunds.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Cores used by intake, PostgreSQL (all its processes) and this JVM (broker and load generator) over a step. */
record CpuShares(double intake, double postgres, double harness) {

    record Sample(Duration intake, Map<Long, Duration> postgres, Duration harness) {
    }

    static Sample sample(long intakePid) {
        Map<Long, Duration> postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .collect(Collectors.toMap(ProcessHandle::pid, CpuShares::cpuOf));
        return new Sample(ProcessHandle.of(intakePid).map(CpuShares::cpuOf).orElse(Duration.ZERO), postgres,
                cpuOf(ProcessHandle.current()));
    }

    static CpuShares between(Sample before, Sample after, double seconds) {
        Duration postgres = after.postgres().entrySet().stream()
                .map(e -> e.getValue().minus(before.postgres().getOrDefault(e.getKey(), Duration.ZERO)))
                .reduce(Duration.ZERO, Duration::plus);
        return new CpuShares(cores(after.intake().minus(before.intake()), seconds), cores(postgres, seconds),
                cores(after.harness().minus(before.harness()), seconds));
    }

    private static double cores(Duration cpu, double seconds) {
        return cpu.toNanos() / 1e9 / seconds;
    }

    private static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
