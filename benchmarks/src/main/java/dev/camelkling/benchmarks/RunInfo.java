package dev.camelkling.benchmarks;

import java.time.Duration;
import java.time.Instant;

/**
 * Where and how long the benchmark ran, for the report's header.
 *
 * @param finished     when the last run ended
 * @param total        wall time of the whole benchmark, warm-up included
 * @param cores        processors available to the JVM
 * @param javaVersion  the JVM's version
 * @param maxHeapBytes the JVM's maximum heap
 */
record RunInfo(Instant finished, Duration total, int cores, String javaVersion, long maxHeapBytes) {

    static RunInfo of(Duration total) {
        Runtime runtime = Runtime.getRuntime();
        return new RunInfo(Instant.now(), total, runtime.availableProcessors(), System.getProperty("java.version"),
                runtime.maxMemory());
    }
}
