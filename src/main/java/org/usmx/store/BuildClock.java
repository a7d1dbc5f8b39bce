package org.usmx.store;

import java.lang.management.ManagementFactory;

/**
 * Times the phases of a build for the log: wall time and the process's CPU time, because on a
 * shared machine the wall time says more about the neighbours than about the build.
 */
final class BuildClock {

    private long wall = System.nanoTime();
    private long cpu = processCpuNanos();

    /** "1234 ms (cpu 1100 ms)" since the last lap (or the start). */
    String lap() {
        long w = System.nanoTime();
        long c = processCpuNanos();
        String s = (w - wall) / 1_000_000 + " ms" + (c >= 0 && cpu >= 0 ? " (cpu " + (c - cpu) / 1_000_000 + " ms)" : "");
        wall = w;
        cpu = c;
        return s;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() : -1;
    }
}
