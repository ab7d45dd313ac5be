package dev.camelkling.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Time from a task's completion on the simulator to its delivery by the contender, in milliseconds.
 *
 * @param count    tasks with both instants
 * @param medianMs 50th percentile (nearest rank)
 * @param p95Ms    95th percentile (nearest rank)
 * @param maxMs    the slowest delivery
 */
record LatencyStats(int count, double medianMs, double p95Ms, double maxMs) {

    static final LatencyStats NONE = new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN);

    /** Pairs each delivered task with its terminal instant; tasks missing from either map are left out. */
    static LatencyStats of(Map<String, Instant> deliveredAt, Map<String, Instant> finishedAt) {
        double[] millis = deliveredAt.entrySet().stream()
                .filter(e -> finishedAt.containsKey(e.getKey()))
                .mapToDouble(e -> Duration.between(finishedAt.get(e.getKey()), e.getValue()).toNanos() / 1e6)
                .sorted()
                .toArray();
        return millis.length == 0 ? NONE
                : new LatencyStats(millis.length, percentile(millis, 50), percentile(millis, 95),
                        millis[millis.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
