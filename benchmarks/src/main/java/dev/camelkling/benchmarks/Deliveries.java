package dev.camelkling.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Outcomes of one run: when each task's result reached the contender's next step, and what failed. */
final class Deliveries {

    private final Map<String, Instant> deliveredAt = new ConcurrentHashMap<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final CountDownLatch outstanding;

    Deliveries(int tasks) {
        this.outstanding = new CountDownLatch(tasks);
    }

    /** The result of this task was handed on now. */
    void delivered(String taskId) {
        // same clock as the simulator's terminal instants (both Clock.systemUTC())
        Instant now = Instant.now();
        if (taskId == null) {
            failed(new IllegalStateException("a result arrived without a task id"));
        } else if (deliveredAt.putIfAbsent(taskId, now) == null) {
            outstanding.countDown();
        } else {
            failed(new IllegalStateException("task " + taskId + " was delivered twice"));
        }
    }

    void failed(Throwable error) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, error.getClass().getSimpleName() + ": " + error.getMessage());
        outstanding.countDown();
    }

    /** True when every task was delivered or failed within the timeout. */
    boolean await(Duration timeout) throws InterruptedException {
        return outstanding.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int deliveredCount() {
        return deliveredAt.size();
    }

    int failedCount() {
        return failed.get();
    }

    /** Task id to delivery instant. */
    Map<String, Instant> deliveredAt() {
        return Map.copyOf(deliveredAt);
    }

    /** The first failure, or null. */
    String firstFailure() {
        return firstFailure.get();
    }
}
