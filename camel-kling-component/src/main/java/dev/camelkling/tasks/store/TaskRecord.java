package dev.camelkling.tasks.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What the component remembers about one paid task so that a restarted application (or another node) can finish
 * it. Written before the create is sent, so even a crash in the middle of the create leaves a trace that is
 * resolved through the external id instead of paying again.
 *
 * @param key            the {@code external_task_id}: known before the create is sent, unique per account
 * @param operation      the operation path segment, e.g. {@code text2video}
 * @param model          the model, for the first check near its typical duration; may be {@code null}
 * @param taskId         Kling's task id, {@code null} while the create is in flight
 * @param phase          how far the task has come
 * @param owner          the node whose producer waits for the task; {@code null} when a consumer is to deliver it
 * @param leaseUntil     until when {@code owner} vouches that it is alive; past it, a consumer may take over
 * @param callbackToken  the secret path segment of the task's callback URL, or {@code null}
 * @param submittedAt    when the create was (about to be) sent
 * @param status         the last status seen, as on the wire ({@code submitted}, ...), or {@code null}
 */
public record TaskRecord(
        String key,
        String operation,
        String model,
        String taskId,
        Phase phase,
        String owner,
        Instant leaseUntil,
        String callbackToken,
        Instant submittedAt,
        String status) {

    /** Where a task is in the component's hands. */
    public enum Phase {
        /** The create is being sent; Kling may or may not have the task. */
        SUBMITTING,
        /** Kling accepted the task; it is not finished yet (as far as this record knows). */
        RUNNING
    }

    public TaskRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public static TaskRecord submitting(String key, String operation, String model, String owner, Instant leaseUntil,
                                        String callbackToken, Instant now) {
        return new TaskRecord(key, operation, model, null, Phase.SUBMITTING, owner, leaseUntil, callbackToken, now,
                null);
    }

    public TaskRecord running(String acceptedTaskId, String wireStatus) {
        return new TaskRecord(key, operation, model, acceptedTaskId, Phase.RUNNING, owner, leaseUntil, callbackToken,
                submittedAt, wireStatus);
    }

    public TaskRecord withOwner(String newOwner, Instant newLeaseUntil) {
        return new TaskRecord(key, operation, model, taskId, phase, newOwner, newLeaseUntil, callbackToken, submittedAt,
                status);
    }

    public TaskRecord withStatus(String wireStatus) {
        return new TaskRecord(key, operation, model, taskId, phase, owner, leaseUntil, callbackToken, submittedAt,
                wireStatus);
    }

    /** True when nobody vouches for the task at {@code now}: a consumer should deliver it. */
    public boolean isOrphanedAt(Instant now) {
        return owner == null || leaseUntil == null || leaseUntil.isBefore(now);
    }

    /** The callback token is a secret: keep it out of logs. */
    @Override
    public String toString() {
        return "TaskRecord[key=" + key + ", operation=" + operation + ", model=" + model + ", taskId=" + taskId
               + ", phase=" + phase + ", owner=" + owner + ", leaseUntil=" + leaseUntil + ", callbackToken="
               + (callbackToken == null ? "none" : "***") + ", submittedAt=" + submittedAt + ", status=" + status + "]";
    }
}
