package dev.camelkling.benchmarks;

import java.time.Duration;

/**
 * Waits until the previous run has really gone before the next baseline is taken. A JDK 17 HttpClient cannot be
 * closed: its selector thread notices within a few seconds that the client is unreachable, then closes the
 * connections and lets their buffers go. A baseline taken earlier would count that as the next contender's gain.
 */
final class Leftovers {

    /** Four steady checks a second apart: longer than the selector's own wake-up interval (3 s in JDK 17). */
    static final Duration FULL_CHECK_EVERY = Duration.ofSeconds(1);
    private static final int STEADY_CHECKS = 4;
    private static final int MAX_CHECKS = 30;
    private static final long HEAP_NOISE_BYTES = 512 * 1024;

    private final Duration checkEvery;
    private final ThreadPeakSampler threads;

    Leftovers(Duration checkEvery, ThreadPeakSampler threads) {
        this.checkEvery = checkEvery;
        this.threads = threads;
    }

    /** Until neither the thread count nor the used heap after GC has fallen for a few checks in a row. */
    void awaitGone() throws InterruptedException {
        int steady = 0;
        int checks = 0;
        int lastThreads = threads.current();
        long lastHeap = HeapGauge.usedAfterGc();
        while (steady < STEADY_CHECKS && checks++ < MAX_CHECKS) {
            Thread.sleep(checkEvery.toMillis()); // leftovers end at their own pace; nothing to be notified of
            int nowThreads = threads.current();
            long nowHeap = HeapGauge.usedAfterGc();
            boolean fell = nowThreads < lastThreads || nowHeap < lastHeap - HEAP_NOISE_BYTES;
            steady = fell ? 0 : steady + 1;
            lastThreads = nowThreads;
            lastHeap = nowHeap;
        }
    }
}
