package dev.camelkling.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.camelkling.simulator.SimulatedTaskView;

/**
 * Delivery latency as a fraction of each task's own duration (created to finished on the simulator): 0.15 means a
 * task of 60 s was delivered 9 s after it finished.
 *
 * @param count  tasks counted
 * @param median 50th percentile (nearest rank)
 * @param p95    95th percentile (nearest rank)
 */
record Lateness(int count, double median, double p95) {

    static Lateness of(Map<String, Instant> deliveredAt, Map<String, SimulatedTaskView> tasks) {
        double[] fractions = deliveredAt.entrySet().stream()
                .filter(e -> tasks.containsKey(e.getKey()) && tasks.get(e.getKey()).finishedAt() != null)
                .mapToDouble(e -> {
                    SimulatedTaskView task = tasks.get(e.getKey());
                    double own = Duration.between(task.createdAt(), task.finishedAt()).toNanos();
                    return Duration.between(task.finishedAt(), e.getValue()).toNanos() / own;
                })
                .sorted()
                .toArray();
        return fractions.length == 0 ? new Lateness(0, Double.NaN, Double.NaN)
                : new Lateness(fractions.length, LatencyStats.percentile(fractions, 50),
                        LatencyStats.percentile(fractions, 95));
    }
}
