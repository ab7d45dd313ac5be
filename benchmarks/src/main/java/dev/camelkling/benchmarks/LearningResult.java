package dev.camelkling.benchmarks;

/**
 * One learning run: a contender, a scenario, a number of tasks.
 *
 * @param scenario       how long the tasks took against the table
 * @param contender      {@link LearningContender#FIXED} or {@link LearningContender#LEARNED}
 * @param tasks          tasks in the measured burst
 * @param completed      of those, delivered
 * @param statusRequests status requests of the burst (single queries and list pages)
 * @param listRequests   of those, list pages
 * @param createSpread   from the burst's first create to its last, at the simulator
 * @param lateness       delivery latency as a fraction of each task's own duration
 * @param latencyMs      delivery latency in milliseconds
 */
record LearningResult(LearningScenario scenario, String contender, int tasks, int completed, long statusRequests,
        long listRequests, java.time.Duration createSpread, Lateness lateness, LatencyStats latencyMs) {

    double statusRequestsPerTask() {
        return completed == 0 ? Double.NaN : (double) statusRequests / completed;
    }
}
