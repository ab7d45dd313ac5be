package dev.camelkling.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Contender B, the way polling peers wait: one thread per task that creates it, then sleeps the fixed interval and
 * asks again, until the task is finished. A failed status check is simply tried again at the next interval; a
 * create that fails on the connection is sent again, as ComfyUI does (against the real API that risks paying twice).
 */
final class NaiveContender implements Contender {

    static final String NAME = "naive";
    /** A naive loop still gives up at some point; far beyond the slowest task here. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
    private static final int CREATE_ATTEMPTS = 3;

    private final NaiveKlingHttp http;
    private final Duration interval;
    private final Deliveries deliveries;
    private final List<Thread> pollers = new ArrayList<>();

    private NaiveContender(Target target, Timing timing, Deliveries deliveries) {
        this.http = new NaiveKlingHttp(target);
        this.interval = timing.naivePollInterval();
        this.deliveries = deliveries;
    }

    static Contender.Factory factory(Timing timing) {
        return new Contender.Factory() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public Contender open(Target target, Deliveries deliveries) {
                return new NaiveContender(target, timing, deliveries);
            }
        };
    }

    @Override
    public void submit(int count) {
        for (int i = 0; i < count; i++) {
            String prompt = Contender.prompt(i);
            Thread poller = new Thread(() -> createAndWait(prompt), "naive-poller-" + i);
            poller.setDaemon(true);
            pollers.add(poller);
            poller.start();
        }
    }

    private void createAndWait(String prompt) {
        try {
            String taskId = create(prompt);
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(interval.toMillis()); // a fresh task is never done: wait first, then ask
                String status = statusOrNull(taskId);
                if ("succeed".equals(status)) {
                    deliveries.delivered(taskId);
                    return;
                }
                if ("failed".equals(status)) {
                    deliveries.failed(new IllegalStateException("task " + taskId + " failed"));
                    return;
                }
            }
            deliveries.failed(new IllegalStateException("gave up on task " + taskId));
        } catch (IOException | RuntimeException e) {
            deliveries.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is being closed
        }
    }

    private String create(String prompt) throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return http.create(prompt);
            } catch (IOException e) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private String statusOrNull(String taskId) throws InterruptedException {
        try {
            return http.status(taskId);
        } catch (IOException e) {
            return null; // peers retry at the next tick
        }
    }

    @Override
    public void close() {
        for (Thread poller : pollers) {
            poller.interrupt();
        }
        try {
            for (Thread poller : pollers) {
                poller.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop waiting; the pollers are daemons and end anyway
        } finally {
            http.close();
        }
    }
}
