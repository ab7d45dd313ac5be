package dev.camelkling.simulator;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's threads while it serves: HTTP requests, callback scheduling and sending, delayed faults. All
 * daemons, so a forgotten simulator never keeps a test JVM alive.
 */
final class SimulatorThreads {

    private static final int HTTP_THREADS = 8;
    private static final int CALLBACK_HTTP_THREADS = 2;
    private static final int FAULT_DELAY_THREADS = 2;

    final ExecutorService http = Executors.newFixedThreadPool(HTTP_THREADS, daemons("kling-sim-http"));
    final ScheduledExecutorService callbackScheduler = Executors.newSingleThreadScheduledExecutor(daemons(
            "kling-sim-callbacks"));
    final ScheduledExecutorService faultDelays = Executors.newScheduledThreadPool(FAULT_DELAY_THREADS, daemons(
            "kling-sim-fault-delays"));
    final ExecutorService callbackSenders;
    final ExecutorService callbackHttp = Executors.newFixedThreadPool(CALLBACK_HTTP_THREADS, daemons(
            "kling-sim-callback-http"));

    SimulatorThreads(int maxCallbacksInFlight) {
        callbackSenders = Executors.newFixedThreadPool(maxCallbacksInFlight, daemons("kling-sim-callback-sender"));
    }

    void shutdownNow() {
        http.shutdownNow();
        callbackScheduler.shutdownNow();
        callbackSenders.shutdownNow();
        callbackHttp.shutdownNow();
        faultDelays.shutdownNow();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
