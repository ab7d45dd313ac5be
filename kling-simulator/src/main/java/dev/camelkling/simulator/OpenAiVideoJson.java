package dev.camelkling.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-style video object of the {@code POST /v1/videos} gateway (docs/kling-api-notes.md §14.1): times in Unix
 * seconds, status {@code queued|processing|completed|failed}.
 */
final class OpenAiVideoJson {

    private final String baseUrl;

    OpenAiVideoJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Gateway status words (the gateways' {@code processing}, not OpenAI's {@code in_progress}:
     * docs/kling-api-notes.md §14.4).
     */
    static String status(TaskStatus status) {
        return switch (status) {
            case SUBMITTED -> "queued";
            case PROCESSING -> "processing";
            case SUCCEED -> "completed";
            case FAILED -> "failed";
        };
    }

    /** The create reply: queued, progress 0. */
    ObjectNode created(SimulatedTask task) {
        return video(task, TaskStatus.SUBMITTED, 0);
    }

    /** The query reply at {@code now}. */
    ObjectNode video(SimulatedTask task, Instant now) {
        return video(task, task.status(now), task.progress(now));
    }

    private ObjectNode video(SimulatedTask task, TaskStatus status, int progress) {
        ObjectNode video = Json.object();
        video.put("id", task.taskId());
        video.put("task_id", task.taskId());
        video.put("object", "video");
        video.put("model", task.request().wireModel());
        video.put("status", status(status));
        video.put("progress", progress);
        video.put("created_at", task.createdAt().getEpochSecond());
        video.put("seconds", Integer.toString(task.request().durationSeconds()));
        if (task.requestBody().hasNonNull("size")) {
            video.put("size", task.requestBody().get("size").asText());
        }
        if (status.terminal()) {
            video.put("completed_at", task.enteredAt(status).getEpochSecond());
        }
        if (status == TaskStatus.SUCCEED) {
            String url = TaskJson.videoUrl(baseUrl, task.taskId());
            video.put("video_url", url);
            video.putObject("metadata").put("url", url);
        }
        if (status == TaskStatus.FAILED) {
            ObjectNode error = video.putObject("error");
            error.put("code", "generation_failed");
            error.put("message", task.statusMessage(status));
        }
        return video;
    }
}
