package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.TaskRecord;

/** The {@link TaskListener}s of a tracker, told of every task; a failing listener is logged, never propagated. */
final class TaskListeners {

    private static final Logger LOG = LoggerFactory.getLogger(TaskListeners.class);

    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    TaskListeners(Clock clock) {
        this.clock = clock;
    }

    void add(TaskListener listener) {
        listeners.add(listener);
    }

    void created(KlingTask task, TaskRecord record) {
        for (TaskListener l : listeners) {
            safely(() -> l.created(task, record));
        }
    }

    /** @param progress the waiting route's own listener, or {@code null} */
    void changed(KlingTask task, TaskRecord record, TaskListener progress) {
        Instant since = record != null ? record.submittedAt() : task.createdAt();
        Duration elapsed = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
        for (TaskListener l : listeners) {
            safely(() -> l.changed(task, record, elapsed));
        }
        if (progress != null) {
            safely(() -> progress.changed(task, record, elapsed));
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A Kling task listener failed: {}", e.toString());
        }
    }
}
