package dev.camelkling.benchmarks;

import java.time.Duration;

/**
 * Simulated task timings and the contenders' poll settings, each a real-world value divided by one compression
 * factor, so that every contender sees the same compressed world.
 *
 * @param compression            real time divided by simulated time
 * @param submitted              how long a simulated task stays {@code submitted}
 * @param processing             shortest time a simulated task stays {@code processing}
 * @param jitter                 random extra processing time, uniform in [0, jitter]
 * @param naivePollInterval      the naive poller's fixed wait between two status checks
 * @param enginePollInitialDelay the engine's {@code pollInitialDelay}
 * @param enginePollMaxDelay     the engine's {@code pollMaxDelay}
 * @param callbackReconcileDelay the component's {@code callbackReconcileDelay} when callbacks are on: the first
 *                               (and every later) status check of a task whose callback did not come
 */
record Timing(int compression, Duration submitted, Duration processing, Duration jitter, Duration naivePollInterval,
        Duration enginePollInitialDelay, Duration enginePollMaxDelay, Duration callbackReconcileDelay) {

    // A 5 s kling-v2-6 clip: about ten seconds queued, then 30 to 70 s of processing; a minute typically.
    static final Duration REAL_SUBMITTED = Duration.ofSeconds(10);
    static final Duration REAL_PROCESSING = Duration.ofSeconds(30);
    static final Duration REAL_JITTER = Duration.ofSeconds(40);
    /** The fixed interval of the peers that poll (ComfyUI, the Vercel AI SDK, n8n templates). */
    static final Duration REAL_NAIVE_INTERVAL = Duration.ofSeconds(5);
    /** The component's default {@code pollMaxDelay}. */
    static final Duration REAL_ENGINE_MAX_DELAY = Duration.ofSeconds(30);
    /** The component's default {@code callbackReconcileDelay}. */
    static final Duration REAL_CALLBACK_RECONCILE_DELAY = Duration.ofMinutes(10);

    /** The benchmark's world: a minute of generation becomes six seconds. */
    static final int BENCHMARK_COMPRESSION = 10;

    /** Real-world values divided by {@code compression}; the engine's first check comes after a typical task. */
    static Timing compressed(int compression) {
        Duration submitted = REAL_SUBMITTED.dividedBy(compression);
        Duration processing = REAL_PROCESSING.dividedBy(compression);
        Duration jitter = REAL_JITTER.dividedBy(compression);
        Duration typical = submitted.plus(processing).plus(jitter.dividedBy(2));
        return new Timing(compression, submitted, processing, jitter, REAL_NAIVE_INTERVAL.dividedBy(compression),
                typical, REAL_ENGINE_MAX_DELAY.dividedBy(compression),
                REAL_CALLBACK_RECONCILE_DELAY.dividedBy(compression));
    }

    Timing withEnginePolling(Duration initialDelay, Duration maxDelay) {
        return new Timing(compression, submitted, processing, jitter, naivePollInterval, initialDelay, maxDelay,
                callbackReconcileDelay);
    }

    Duration shortestGeneration() {
        return submitted.plus(processing);
    }

    Duration longestGeneration() {
        return shortestGeneration().plus(jitter);
    }
}
