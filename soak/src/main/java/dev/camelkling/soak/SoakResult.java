package dev.camelkling.soak;

import java.time.Duration;
import java.util.Map;

/**
 * What a soak run counted.
 *
 * @param scenario        the run
 * @param completed       jobs whose route received the result and read the file
 * @param failed          jobs whose exchange ended with an exception, by reason
 * @param lost            tasks Kling finished successfully whose job received nothing, plus jobs with no outcome
 * @param boughtTwice     jobs for which Kling holds more than one task
 * @param deliveredTwice  jobs whose route received a result more than once
 * @param tasksAtKling    tasks the simulator holds at the end
 * @param requests        requests the simulator received, by kind
 * @param faultsFired     faults injected, by rule
 * @param retried         Camel redeliveries of job exchanges, by the reason of the attempt that failed
 * @param took            wall time of the run
 */
record SoakResult(SoakScenario scenario, int completed, Map<String, Integer> failed, int lost, int boughtTwice,
        int deliveredTwice, int tasksAtKling, Map<String, Long> requests, Map<String, Long> faultsFired,
        Map<String, Long> retried, Duration took) {

    long redeliveries() {
        return retried.values().stream().mapToLong(Long::longValue).sum();
    }

    int failedTotal() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
