package dev.camelkling.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RequestKind;
import dev.camelkling.simulator.SimulatedTaskView;

/** Runs one contender at one number of tasks against the shared simulator, freshly reset by the caller, and measures it. */
final class BenchmarkRun {

    private static final Duration ALL_CREATED_WITHIN = Duration.ofSeconds(60);
    // callbacks still under way after the last delivery: counted once none arrived for a while
    private static final Duration CALLBACKS_QUIET = Duration.ofMillis(300);
    private static final Duration CALLBACKS_SETTLE_WITHIN = Duration.ofSeconds(10);

    private final KlingSimulator simulator;
    private final Target target;
    private final ThreadPeakSampler threads;
    private final Duration timeout;
    private final Duration settle;

    /**
     * @param settle how long to wait before the heap is weighed, once all tasks are created and once all are
     *               delivered: the last replies reach the contender, and idle connections left by a burst of
     *               requests expire (see {@link Benchmark#KEEP_ALIVE})
     */
    BenchmarkRun(KlingSimulator simulator, Target target, ThreadPeakSampler threads, Duration timeout,
                 Duration settle) {
        this.simulator = simulator;
        this.target = target;
        this.threads = threads;
        this.timeout = timeout;
        this.settle = settle;
    }

    RunResult run(Contender.Factory factory, int tasks) throws Exception {
        Deliveries deliveries = new Deliveries(tasks);
        try (Contender contender = factory.open(target, deliveries)) {
            long heapBefore = HeapGauge.usedAfterGc();
            int threadsBefore = threads.restart();
            long start = System.nanoTime();

            contender.submit(tasks);
            awaitAllCreated(tasks, deliveries);
            Thread.sleep(settle.toMillis());
            // a create sent again after a connection error is still one task
            int created = (int) Math.min(tasks, simulator.requestCount(RequestKind.CREATE));
            int inFlight = created - deliveries.deliveredCount() - deliveries.failedCount();
            long heapPeak = HeapGauge.usedAfterGc();
            deliveries.await(timeout);
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            int threadsPeak = threads.peak();
            awaitCallbacksAnswered();
            Thread.sleep(settle.toMillis());
            long heapAfter = HeapGauge.usedAfterGc();

            return new RunResult(factory.name(), tasks, deliveries.deliveredCount(), deliveries.failedCount(),
                    simulator.requestCount(RequestKind.CREATE),
                    simulator.requestCount(RequestKind.QUERY) + simulator.requestCount(RequestKind.LOOKUP),
                    simulator.requestCount(RequestKind.LIST), simulator.callbackCount(),
                    simulator.unansweredCallbackCount(), threadsBefore, threadsPeak, heapBefore, heapPeak,
                    heapAfter, inFlight, LatencyStats.of(deliveries.deliveredAt(), finishedAt()), wall,
                    deliveries.firstFailure());
        }
    }

    /** Until the simulator has every create (or a first task is already done, or it takes too long). */
    private void awaitAllCreated(int tasks, Deliveries deliveries) throws InterruptedException {
        long deadline = System.nanoTime() + ALL_CREATED_WITHIN.toNanos();
        while (simulator.requestCount(RequestKind.CREATE) < tasks
                && deliveries.deliveredCount() + deliveries.failedCount() == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(10); // the simulator only counts; it cannot notify
        }
    }

    /**
     * A task can be delivered before its own final callback was answered (a list query for another task's callback
     * saw it finished): let such late callbacks arrive before they are counted and the server stops under them.
     */
    private void awaitCallbacksAnswered() throws InterruptedException {
        long deadline = System.nanoTime() + CALLBACKS_SETTLE_WITHIN.toNanos();
        long last = -1;
        long count = simulator.callbackCount();
        while (count > 0 && count != last && System.nanoTime() < deadline) {
            last = count;
            Thread.sleep(CALLBACKS_QUIET.toMillis()); // the simulator only counts; it cannot notify
            count = simulator.callbackCount();
        }
    }

    private Map<String, Instant> finishedAt() {
        Map<String, Instant> finished = new HashMap<>();
        for (SimulatedTaskView task : simulator.tasks()) {
            finished.put(task.taskId(), task.finishedAt());
        }
        return finished;
    }
}
