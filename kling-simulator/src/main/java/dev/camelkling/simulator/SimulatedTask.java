package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One task. Its status is a pure function of the clock (no thread per task): {@code submitted} for
 * submittedFor, then {@code processing} for processingFor, then terminal. A task with an unusable image
 * skips processing and fails right after the submitted phase, like the real service's quick
 * "Image pixel is invalid".
 */
final class SimulatedTask {

    static final String FAIL_MARKER_MESSAGE = "Simulated failure: prompt contains the failure marker";
    /** Beside the failure marker: the task fails without a reason (a failure message left out of replies). */
    static final String NO_REASON_MARKER = "[[no-reason]]";

    private final String taskId;
    private final String account;
    private final CreateRequest request;
    private final JsonNode requestBody;
    private final Instant createdAt;
    private final Instant processingAt;
    private final Instant finishedAt;
    private final String failureMessage;
    private final String videoId;
    private byte[] video; // guarded by this; rendered lazily, once
    private final java.util.Map<String, byte[]> media = new java.util.HashMap<>(); // guarded by this

    SimulatedTask(String taskId, String account, CreateRequest request, JsonNode requestBody, Instant createdAt,
                  Duration submittedFor, Duration processingFor, String failMarker, String videoId) {
        this.taskId = taskId;
        this.account = account;
        this.request = request;
        this.requestBody = requestBody;
        this.createdAt = createdAt;
        this.processingAt = createdAt.plus(submittedFor);
        this.failureMessage = failureMessage(request, failMarker);
        this.finishedAt = request.imageProblem() != null ? processingAt : processingAt.plus(processingFor);
        this.videoId = videoId;
    }

    private static String failureMessage(CreateRequest request, String failMarker) {
        if (request.imageProblem() != null) {
            return request.imageProblem();
        }
        boolean marked = failMarker != null && !failMarker.isEmpty()
                && request.prompts().stream().anyMatch(p -> p.contains(failMarker));
        if (!marked) {
            return null;
        }
        // a failure without a reason: replies that would carry one leave it out (apimodels' failMsg)
        return request.prompts().stream().anyMatch(p -> p.contains(NO_REASON_MARKER)) ? "" : FAIL_MARKER_MESSAGE;
    }

    TaskStatus status(Instant now) {
        if (now.isBefore(processingAt)) {
            return TaskStatus.SUBMITTED;
        }
        if (now.isBefore(finishedAt)) {
            return TaskStatus.PROCESSING;
        }
        return terminalStatus();
    }

    TaskStatus terminalStatus() {
        return failureMessage == null ? TaskStatus.SUCCEED : TaskStatus.FAILED;
    }

    /** When the task entered the given status (its updated_at while in it). */
    Instant enteredAt(TaskStatus status) {
        return switch (status) {
            case SUBMITTED -> createdAt;
            case PROCESSING -> processingAt;
            case SUCCEED, FAILED -> finishedAt;
        };
    }

    /**
     * Percent done for the gateway dialects: 0 while submitted, 1..99 in proportion to the processing time elapsed,
     * 100 once terminal (failed included).
     */
    int progress(Instant now) {
        TaskStatus status = status(now);
        if (status == TaskStatus.SUBMITTED) {
            return 0;
        }
        if (status.terminal()) {
            return 100;
        }
        long total = Math.max(1, Duration.between(processingAt, finishedAt).toMillis());
        long elapsed = Duration.between(processingAt, now).toMillis();
        return (int) Math.max(1, Math.min(99, 1 + elapsed * 98 / total));
    }

    String statusMessage(TaskStatus status) {
        return status == TaskStatus.FAILED ? failureMessage : "";
    }

    /** The MP4, rendered on first use and cached; synchronized so concurrent downloads render once. */
    synchronized byte[] video(Supplier<byte[]> renderer) {
        if (video == null) {
            video = renderer.get();
        }
        return video;
    }

    /** Another generated file (image, audio) by key, rendered on first use and cached. */
    synchronized byte[] media(String key, Supplier<byte[]> renderer) {
        return media.computeIfAbsent(key, k -> renderer.get());
    }

    Output output() {
        return request.output();
    }

    SimulatedTaskView view(Instant now) {
        TaskStatus status = status(now);
        return new SimulatedTaskView(taskId, request.operation(), status.wire(), request.externalTaskId(),
                createdAt, requestBody, statusMessage(status), finishedAt, request.dialect().wire());
    }

    String taskId() {
        return taskId;
    }

    String account() {
        return account;
    }

    String operation() {
        return request.operation();
    }

    Dialect dialect() {
        return request.dialect();
    }

    /** The create request body as received. */
    JsonNode requestBody() {
        return requestBody;
    }

    CreateRequest request() {
        return request;
    }

    Instant createdAt() {
        return createdAt;
    }

    String videoId() {
        return videoId;
    }
}
