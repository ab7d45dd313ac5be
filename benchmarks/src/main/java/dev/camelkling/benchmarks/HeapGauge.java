package dev.camelkling.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Used heap after full collections: approximate, as every heap figure of a running JVM is. */
final class HeapGauge {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapGauge() {
    }

    static long usedAfterGc() {
        // a second collection picks up what finalization and reference processing freed in the first
        MEMORY.gc();
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
