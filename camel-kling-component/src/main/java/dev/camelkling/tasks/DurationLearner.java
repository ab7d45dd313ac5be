package dev.camelkling.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.tasks.store.TaskStore;

/**
 * Learns how long tasks take from the tasks the tracker sees succeed: Kling's own {@code updated_at} minus
 * {@code created_at}, per {@link DurationKey}, the last {@value #WINDOW} of each (bounded memory: at most
 * {@value #MAX_KEYS} keys). Once {@value #MIN_SAMPLES} are in, their quantiles replace {@link TypicalDurations} as
 * the time of the first look. Kept in the task store ({@link TaskStore#learnedDurations()}) across restarts: loaded
 * at start, saved every {@value #SAVE_EVERY} observations and at stop.
 */
public final class DurationLearner {

    static final int WINDOW = 64;
    static final int MIN_SAMPLES = 5;
    static final int MAX_KEYS = 256;
    private static final int SAVE_EVERY = 20;
    private static final Logger LOG = LoggerFactory.getLogger(DurationLearner.class);

    private final TaskStore store;
    private final Executor storeExecutor;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger unsaved = new AtomicInteger();

    DurationLearner(TaskStore store, Executor storeExecutor) {
        this.store = store;
        this.storeExecutor = storeExecutor;
    }

    /** The figures learned for tasks of this kind, empty before {@value #MIN_SAMPLES} were observed. */
    public Optional<DurationEstimate> estimate(DurationKey key) {
        Window window = key == null ? null : windows.get(key.id());
        return window == null ? Optional.empty() : window.estimate();
    }

    /** What the engine expects a task of this kind to take: the learned median, or {@code typical} before that. */
    public Duration expected(DurationKey key, Duration typical) {
        return estimate(key).map(DurationEstimate::median).orElse(typical);
    }

    /** A tracked task finished: a success teaches how long its kind takes (a failure may come at any moment). */
    void observe(DurationKey key, KlingTask task) {
        if (key == null || task.status() != TaskStatus.SUCCEED || task.createdAt() == null
                || task.updatedAt() == null) {
            return;
        }
        long millis = Duration.between(task.createdAt(), task.updatedAt()).toMillis();
        if (millis <= 0) {
            return;
        }
        Window window = windows.get(key.id());
        if (window == null) {
            if (windows.size() >= MAX_KEYS) {
                return;
            }
            window = windows.computeIfAbsent(key.id(), k -> new Window());
        }
        window.add(millis);
        if (unsaved.incrementAndGet() >= SAVE_EVERY) {
            unsaved.set(0);
            storeExecutor.execute(this::save);
        }
    }

    /** Takes up what an earlier run learned. */
    void load() {
        try {
            store.learnedDurations().forEach((id, samples) -> {
                if (windows.size() < MAX_KEYS) {
                    Window window = windows.computeIfAbsent(id, k -> new Window());
                    samples.stream().filter(s -> s != null && s > 0).forEach(window::add);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not read the learned task durations; starting from the typical ones: {}", e.toString());
        }
    }

    /** Hands what was learned to the store. */
    void save() {
        Map<String, List<Long>> snapshot = new LinkedHashMap<>();
        windows.forEach((id, window) -> snapshot.put(id, window.samples()));
        try {
            store.keepLearnedDurations(snapshot);
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the learned task durations: {}", e.toString());
        }
    }

    /** The last {@value #WINDOW} durations of one kind, oldest overwritten first. */
    private static final class Window {

        private final long[] ring = new long[WINDOW];
        private int size;
        private int next;

        synchronized void add(long millis) {
            ring[next] = millis;
            next = (next + 1) % WINDOW;
            size = Math.min(WINDOW, size + 1);
        }

        /** Oldest first. */
        synchronized List<Long> samples() {
            List<Long> samples = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                samples.add(ring[(next - size + i + WINDOW) % WINDOW]);
            }
            return samples;
        }

        synchronized Optional<DurationEstimate> estimate() {
            if (size < MIN_SAMPLES) {
                return Optional.empty();
            }
            // until the ring is full its first size slots hold every sample
            long[] sorted = Arrays.copyOf(ring, size);
            Arrays.sort(sorted);
            return Optional.of(new DurationEstimate(quantile(sorted, 0.10), quantile(sorted, 0.50),
                    quantile(sorted, 0.95), size));
        }

        /** Nearest rank. */
        private static Duration quantile(long[] sorted, double q) {
            int rank = (int) Math.ceil(q * sorted.length);
            return Duration.ofMillis(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
        }
    }
}
