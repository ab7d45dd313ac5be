package dev.camelkling.tasks;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.TaskRecord;

/** Where a finished task goes when no producer waits for it: a consumer of its operation. */
public interface TaskSink {

    /**
     * Takes over a finished task. The sink removes the record from the store once the task is delivered.
     *
     * @param record the store record, or {@code null} for a task the application did not submit (account scope)
     */
    void finished(KlingTask task, TaskRecord record);
}
