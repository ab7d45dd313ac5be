package dev.camelkling.benchmarks;

import java.time.Duration;

/**
 * What one contender did at one number of tasks in flight.
 *
 * @param contender      "engine", "engine + callbacks" or "naive"
 * @param tasks          tasks started
 * @param completed      results delivered
 * @param failed         tasks that ended in an error (or were delivered twice)
 * @param creates        create requests the simulator received
 * @param singleQueries  status requests for one task (by id, or by external id)
 * @param listQueries    status requests for a page of tasks
 * @param callbacks      callbacks the simulator POSTed to the contender (answered or not)
 * @param unanswered     of those, the ones that got no HTTP answer
 * @param threadsBefore  live JVM threads before the first task was started
 * @param threadsPeak    most live JVM threads seen during the run
 * @param heapBefore     used heap after GC before the first task
 * @param heapPeak       used heap after GC once all tasks were created
 * @param heapAfter      used heap after GC once all were delivered, contender still open
 * @param inFlightAtPeak tasks created but not yet delivered when heapPeak was taken
 * @param latency        task finished on the simulator to result delivered
 * @param wall           first task started to last task delivered
 * @param firstFailure   message of the first failure, or null
 */
record RunResult(String contender, int tasks, int completed, int failed, long creates, long singleQueries,
        long listQueries, long callbacks, long unanswered, int threadsBefore, int threadsPeak, long heapBefore,
        long heapPeak, long heapAfter,
        int inFlightAtPeak, LatencyStats latency, Duration wall, String firstFailure) {

    long statusRequests() {
        return singleQueries + listQueries;
    }

    /** Status requests per delivered result; NaN when nothing was delivered. */
    double statusRequestsPerTask() {
        return completed == 0 ? Double.NaN : (double) statusRequests() / completed;
    }

    /** Callbacks per delivered result; NaN when nothing was delivered. */
    double callbacksPerTask() {
        return completed == 0 ? Double.NaN : (double) callbacks / completed;
    }

    int threadsAdded() {
        return threadsPeak - threadsBefore;
    }

    /** (peak − before) / tasks: the contender's per-task state plus the simulator's record of the task. */
    double heapPerTaskKb() {
        return (heapPeak - heapBefore) / 1024.0 / tasks;
    }

    /** (peak − after) / tasks in flight at the peak: what the contender held per waiting task and then let go. */
    double clientHeapPerTaskKb() {
        return inFlightAtPeak == 0 ? Double.NaN : (heapPeak - heapAfter) / 1024.0 / inFlightAtPeak;
    }

    /** Average load the contender put on the API while waiting. */
    double statusRequestsPerSecond() {
        return statusRequests() / (wall.toNanos() / 1e9);
    }
}
