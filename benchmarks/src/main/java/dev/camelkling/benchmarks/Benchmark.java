package dev.camelkling.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.camelkling.simulator.KlingSimulator;

/**
 * Runs every size for every contender, one run at a time, against one simulator, after a warm-up that brings
 * the simulator's HTTP pool to full size and the JIT up to speed.
 */
final class Benchmark {

    static final String API_KEY = "benchmark-api-key";
    /**
     * How long the JDK HttpClients of the benchmark JVM keep an idle connection (the engine's, the naive poller's,
     * the simulator's callback sender): 20 minutes by default, and the simulator's server closes idle ones only
     * after 30 s or more. Until then a run's idle connections (both ends are in this JVM) stay on the heap, into
     * the next run's baseline, which moved by up to 20 MiB from run to run.
     */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    private static final String KEEP_ALIVE_PROPERTY = "jdk.httpclient.keepalive.timeout";
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(10);

    private final Timing timing;
    private final Plan plan;
    private final PrintStream progress;

    /**
     * How thoroughly to run.
     *
     * @param runTimeout    how long one run may take
     * @param warmUpTasks   tasks per contender in the warm-up (0: none)
     * @param leftoverCheck how often to look whether the previous run's threads and heap are gone
     * @param settle        wait before each heap reading of a run: idle connections expire meanwhile
     */
    record Plan(Duration runTimeout, int warmUpTasks, Duration leftoverCheck, Duration settle) {
        static final Plan FULL = new Plan(Duration.ofMinutes(5), 200, Leftovers.FULL_CHECK_EVERY,
                KEEP_ALIVE.plusSeconds(1));
    }

    /**
     * Sets {@link #KEEP_ALIVE} for the JDK HttpClients of this JVM. The JDK reads it once, when the first client is
     * made: call this before anything builds one.
     */
    static void shortenKeepAlive() {
        System.setProperty(KEEP_ALIVE_PROPERTY, Long.toString(KEEP_ALIVE.toSeconds()));
    }

    Benchmark(Timing timing, Plan plan, PrintStream progress) {
        this.timing = timing;
        this.plan = plan;
        this.progress = progress;
    }

    List<RunResult> run(List<Integer> sizes) throws Exception {
        int largest = Collections.max(sizes);
        try (KlingSimulator simulator = simulator(largest).start();
                ThreadPeakSampler threads = new ThreadPeakSampler(SAMPLE_EVERY)) {
            BenchmarkRun runner = new BenchmarkRun(simulator, new Target(simulator.baseUrl(), API_KEY), threads,
                    plan.runTimeout(), plan.settle());
            List<Contender.Factory> contenders = contenders(timing);
            warmUp(simulator, runner);
            Leftovers leftovers = new Leftovers(plan.leftoverCheck(), threads);
            List<RunResult> results = new ArrayList<>();
            for (int size : sizes) {
                for (Contender.Factory contender : contenders) {
                    simulator.reset();
                    leftovers.awaitGone();
                    progress.printf("%-18s %5d tasks ... ", contender.name(), size);
                    RunResult result = runner.run(contender, size);
                    progress.println(ProgressLine.of(result));
                    results.add(result);
                }
            }
            return results;
        }
    }

    /** In the order they run at each size; the report lists them in this order too. */
    static List<Contender.Factory> contenders(Timing timing) {
        return List.of(EngineContender.factory(timing), EngineContender.withCallbacks(timing),
                NaiveContender.factory(timing));
    }

    /** Every contender on a much faster clock, results thrown away. */
    private void warmUp(KlingSimulator simulator, BenchmarkRun runner) throws Exception {
        if (plan.warmUpTasks() == 0) {
            return;
        }
        Timing fast = Timing.compressed(200);
        for (Contender.Factory contender : contenders(fast)) {
            simulator.reset();
            simulator.setTimings(fast.submitted(), fast.processing(), fast.jitter());
            progress.printf("warm-up %s, %d tasks ... ", contender.name(), plan.warmUpTasks());
            progress.println(ProgressLine.of(runner.run(contender, plan.warmUpTasks())));
        }
    }

    private KlingSimulator simulator(int largest) {
        return KlingSimulator.builder()
                .apiKey(API_KEY)
                .submittedFor(timing.submitted())
                .processingFor(timing.processing())
                .processingJitter(timing.jitter())
                // far above the largest run: this measures waiting, not the account's 1303 limit
                .concurrencyLimit(Math.max(10_000, 2 * largest))
                // counting is enough; a log of thousands of requests (or of callbacks, bodies included) would
                // weigh on the heap figures
                .requestLogLimit(0)
                .callbackLogLimit(0)
                .build();
    }
}
