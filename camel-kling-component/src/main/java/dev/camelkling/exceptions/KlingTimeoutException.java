package dev.camelkling.exceptions;

import java.time.Duration;

/**
 * The task did not finish within the configured timeout. The task itself lives on at Kling (there is no
 * cancel) and can be picked up again by its id.
 */
public class KlingTimeoutException extends KlingException {

    private static final long serialVersionUID = 1L;

    private final String taskId;

    public KlingTimeoutException(String taskId, Duration timeout) {
        super("Kling task " + taskId + " did not finish within " + timeout
              + "; it keeps running at Kling and can be fetched again by its task id");
        this.taskId = taskId;
    }

    private KlingTimeoutException(String message) {
        super(message);
        this.taskId = null;
    }

    /** No concurrency slot came free in time: nothing was created, nothing was paid. */
    public static KlingTimeoutException beforeCreate(Duration timeout) {
        return new KlingTimeoutException("No Kling concurrency slot came free within " + timeout
                                         + "; the task was not created");
    }

    public String getTaskId() {
        return taskId;
    }
}
