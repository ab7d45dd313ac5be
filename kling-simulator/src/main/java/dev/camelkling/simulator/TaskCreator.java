package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stores a validated create request as a new task with the current timings, limit and fail marker, and plans its
 * callbacks. Shared by every dialect, so all of them get the same lifecycle.
 */
final class TaskCreator {

    /** Simulator knobs that may change at runtime (timings and limit). */
    interface Settings {
        Duration submittedFor();

        Duration processingFor();

        /** Upper bound of the random extra added to each task's processing time. */
        Duration processingJitter();

        int concurrencyLimit();

        String failMarker();
    }

    private final TaskStore store;
    private final CallbackSender callbacks;
    private final Settings settings;
    private final Clock clock;

    TaskCreator(TaskStore store, CallbackSender callbacks, Settings settings, Clock clock) {
        this.store = store;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates the task; its id is {@code idPrefix} followed by a fresh 18-digit number.
     *
     * @throws ApiException 429 / 1303 over the concurrency limit, 400 / 1201 for a taken external id
     */
    SimulatedTask create(String account, CreateRequest create, JsonNode body, String idPrefix) {
        Instant now = clock.instant();
        SimulatedTask task = store.create(account, create, settings.concurrencyLimit(), now,
                number -> new SimulatedTask(idPrefix + number, account, create, body, now, settings.submittedFor(),
                        processingTime(), settings.failMarker(), "vid-" + idPrefix + number));
        callbacks.schedule(task);
        return task;
    }

    /**
     * Creates a task that is already finished (synchronous results such as TTS, and test fixtures): no submitted or
     * processing phase, no callbacks.
     */
    SimulatedTask createFinished(String account, CreateRequest create, JsonNode body) {
        Instant now = clock.instant();
        return store.create(account, create, Integer.MAX_VALUE, now,
                number -> new SimulatedTask(number, account, create, body, now, Duration.ZERO, Duration.ZERO,
                        settings.failMarker(), "vid-" + number));
    }

    private Duration processingTime() {
        long jitterNanos = settings.processingJitter().toNanos();
        Duration base = settings.processingFor();
        return jitterNanos == 0 ? base : base.plusNanos(ThreadLocalRandom.current().nextLong(jitterNanos + 1));
    }
}
