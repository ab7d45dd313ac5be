package dev.camelkling.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Samples the JVM's live thread count and keeps the highest value since the last {@link #restart()}. Its own
 * thread exists for the whole benchmark, so it is part of every baseline.
 */
final class ThreadPeakSampler implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicInteger peak = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "thread-peak-sampler");
        thread.setDaemon(true);
        return thread;
    });

    ThreadPeakSampler(Duration every) {
        timer.scheduleAtFixedRate(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    int current() {
        return threads.getThreadCount();
    }

    /** Starts a new peak from the current count, which it returns. */
    int restart() {
        int now = current();
        peak.set(now);
        return now;
    }

    /** Highest count seen since {@link #restart()}. */
    int peak() {
        sample();
        return peak.get();
    }

    private void sample() {
        peak.accumulateAndGet(threads.getThreadCount(), Math::max);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
