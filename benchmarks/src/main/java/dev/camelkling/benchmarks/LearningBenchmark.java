package dev.camelkling.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RequestKind;
import dev.camelkling.simulator.SimulatedTaskView;

/**
 * The fixed table against learned durations: for each scenario and number of tasks, the fixed contender runs the
 * burst at once, the learning one after observing {@link LearningContender#OBSERVED} tasks of the same scenario.
 * Only the burst's status requests are counted.
 */
final class LearningBenchmark {

    static final List<Integer> SIZES = List.of(100, 1000);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    private final Timing timing;
    private final PrintStream progress;

    LearningBenchmark(Timing timing, PrintStream progress) {
        this.timing = timing;
        this.progress = progress;
    }

    List<LearningResult> run(List<LearningScenario> scenarios, List<Integer> sizes) throws Exception {
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<LearningResult> results = new ArrayList<>();
        try (KlingSimulator simulator = KlingSimulator.builder().apiKey(Benchmark.API_KEY)
                .concurrencyLimit(Math.max(10_000, 2 * largest)).requestLogLimit(0).callbackLogLimit(0).build()
                .start()) {
            Target target = new Target(simulator.baseUrl(), Benchmark.API_KEY);
            for (LearningScenario scenario : scenarios) {
                for (int size : sizes) {
                    for (boolean learned : new boolean[]{false, true}) {
                        simulator.reset();
                        simulator.setTimings(scenario.submitted(timing), scenario.processing(timing),
                                scenario.jitter(timing));
                        progress.printf("%-16s %-14s %5d tasks ... ", scenario.name(), learned
                                ? LearningContender.LEARNED : LearningContender.FIXED, size);
                        LearningResult result = once(simulator, target, scenario, size, learned);
                        progress.printf("%d/%d delivered, %s status requests/task (%d list), creates over %d ms,"
                                        + " lateness median %s p95 %s%n",
                                result.completed(), size, Numbers.readable(result.statusRequestsPerTask()),
                                result.listRequests(), result.createSpread().toMillis(),
                                Numbers.fixed(result.lateness().median(), 3), Numbers.fixed(result.lateness().p95(),
                                        3));
                        results.add(result);
                    }
                }
            }
        }
        return results;
    }

    /** From the burst's first create to its last, as the simulator saw them. */
    private static Duration createSpread(Map<String, SimulatedTaskView> tasks, Map<String, Instant> burst) {
        List<Instant> created = burst.keySet().stream().filter(tasks::containsKey).map(id -> tasks.get(id)
                .createdAt()).sorted().toList();
        return created.isEmpty() ? Duration.ZERO : Duration.between(created.get(0), created.get(created.size() - 1));
    }

    private LearningResult once(KlingSimulator simulator, Target target, LearningScenario scenario, int size,
                                boolean learned) throws Exception {
        try (LearningContender contender = new LearningContender(target, timing, learned)) {
            if (learned) {
                contender.observe(LearningContender.OBSERVED, RUN_TIMEOUT);
            }
            simulator.clearRequests();
            Deliveries deliveries = new Deliveries(size);
            contender.submit(size, deliveries);
            deliveries.await(RUN_TIMEOUT);
            long requests = simulator.requestCount(RequestKind.QUERY) + simulator.requestCount(RequestKind.LOOKUP)
                            + simulator.requestCount(RequestKind.LIST);
            Map<String, SimulatedTaskView> tasks = new HashMap<>();
            Map<String, Instant> finished = new HashMap<>();
            for (SimulatedTaskView task : simulator.tasks()) {
                tasks.put(task.taskId(), task);
                finished.put(task.taskId(), task.finishedAt());
            }
            Map<String, Instant> delivered = deliveries.deliveredAt();
            return new LearningResult(scenario, learned ? LearningContender.LEARNED : LearningContender.FIXED, size,
                    deliveries.deliveredCount(), requests, simulator.requestCount(RequestKind.LIST),
                    createSpread(tasks, delivered), Lateness.of(delivered, tasks),
                    LatencyStats.of(delivered, finished));
        }
    }
}
