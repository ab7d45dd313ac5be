package dev.camelkling.client.model;

import java.time.Instant;
import java.util.List;

/**
 * A Kling task as the API last reported it.
 *
 * @param taskId         Kling's task id
 * @param operation      the operation path segment the task belongs to (e.g. {@code text2video})
 * @param status         lifecycle state
 * @param statusMessage  Kling's reason when failed, else empty
 * @param externalTaskId the caller's id echoed back, or {@code null}
 * @param videos         generated videos (empty until {@code succeed})
 * @param unitsDeducted  {@code final_unit_deduction}: units actually charged, as Kling's decimal string, or
 *                       {@code null} before the task is finished
 * @param createdAt      creation time
 * @param updatedAt      last change
 */
public record KlingTask(
        String taskId,
        String operation,
        TaskStatus status,
        String statusMessage,
        String externalTaskId,
        List<VideoResult> videos,
        String unitsDeducted,
        Instant createdAt,
        Instant updatedAt) {

    public KlingTask {
        videos = videos == null ? List.of() : List.copyOf(videos);
        statusMessage = statusMessage == null ? "" : statusMessage;
    }

    public boolean isFinished() {
        return status.isTerminal();
    }

    /** The URL of the first result, or {@code null} when there is none yet. */
    public String firstResultUrl() {
        return videos.isEmpty() ? null : videos.get(0).url();
    }

    public List<String> resultUrls() {
        return videos.stream().map(VideoResult::url).toList();
    }
}
