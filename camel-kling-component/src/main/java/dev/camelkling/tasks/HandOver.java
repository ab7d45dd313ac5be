package dev.camelkling.tasks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * Finished tasks that no producer waits for: to the consumer ({@link TaskSink}) of their operation, or left in the
 * store for one.
 */
final class HandOver {

    private static final Logger LOG = LoggerFactory.getLogger(HandOver.class);

    private final TaskLedger ledger;
    private final Executor storeExecutor;
    private final Map<String, TaskSink> sinks = new ConcurrentHashMap<>();

    HandOver(TaskLedger ledger, Executor storeExecutor) {
        this.ledger = ledger;
        this.storeExecutor = storeExecutor;
    }

    void register(String operation, TaskSink sink) {
        sinks.put(operation, sink);
    }

    void unregister(String operation, TaskSink sink) {
        sinks.remove(operation, sink);
    }

    /** @param record the store record, or {@code null} for a task the application did not submit */
    void finished(KlingTask task, TaskRecord record) {
        TaskSink sink = sinks.get(task.operation());
        if (sink != null) {
            sink.finished(task, record);
        } else if (record != null && !ledger.keepsUnclaimed()) {
            // nothing survives in memory anyway: keeping every unclaimed result would only grow the heap
            LOG.debug("Kling task {} is {} and no route or consumer takes it", task.taskId(), task.status()
                    .wireValue());
            storeExecutor.execute(() -> ledger.abandoned(record));
        } else if (record != null) {
            LOG.info("Kling task {} is {} and no route waits for it; kept in the task store for a kling:{} consumer",
                    task.taskId(), task.status().wireValue(), task.operation());
            storeExecutor.execute(() -> ledger.detachFinished(record, task));
        }
    }
}
