package dev.camelkling.tasks;

import java.time.Duration;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * Told about the tasks the tracker sees: for progress logs, metrics and a route's progress endpoint. Called on the
 * tracker's threads, outside its locks; keep it quick and never throw.
 */
public interface TaskListener {

    /** Kling accepted a create. */
    default void created(KlingTask task, TaskRecord record) {
    }

    /**
     * A tracked task was seen in a new status (its first status included; {@code succeed}/{@code failed} last).
     *
     * @param record  the store record, or {@code null} for a task fetched with kling:task
     * @param elapsed since the task was submitted (or created at Kling, when there is no record)
     */
    default void changed(KlingTask task, TaskRecord record, Duration elapsed) {
    }
}
