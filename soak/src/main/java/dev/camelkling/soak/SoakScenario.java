package dev.camelkling.soak;

import java.time.Duration;

/**
 * One soak run.
 *
 * @param jobs        how many jobs (each one paid task) go through the routes
 * @param concurrency the account's concurrency (the simulator's limit, the component's maxConcurrentTasks)
 * @param seed        the fault seed: the same seed injects the same faults into the same request sequence
 * @param failEvery   every n-th job's prompt carries the simulator's failure marker (a task Kling fails)
 * @param deadline    how long the run may take before what is unfinished counts as lost
 */
record SoakScenario(int jobs, int concurrency, long seed, int failEvery, Duration deadline) {

    static SoakScenario of(int jobs, long seed) {
        return new SoakScenario(jobs, 100, seed, 100, Duration.ofMinutes(15));
    }
}
