package dev.camelkling.client;

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

    public String getTaskId() {
        return taskId;
    }
}
