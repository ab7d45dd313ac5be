package dev.camelkling.exceptions;

/** The task ran and ended in {@code failed}; Kling's reason is in {@link #getStatusMessage()}. */
public class KlingTaskFailedException extends KlingException {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final String statusMessage;

    public KlingTaskFailedException(String taskId, String statusMessage) {
        super("Kling task " + taskId + " failed: " + statusMessage);
        this.taskId = taskId;
        this.statusMessage = statusMessage;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStatusMessage() {
        return statusMessage;
    }
}
