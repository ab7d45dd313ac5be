package dev.camelkling.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code video.generation.job} object of the {@code POST /v1/video/generations} gateway (docs/kling-api-notes.md
 * §14.2), for its create reply and for {@code GET /v1/videos/{id}}. Status words as the OpenAI-style gateway.
 */
final class GenerationsJson {

    private final String baseUrl;

    GenerationsJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    ObjectNode created(SimulatedTask task) {
        return job(task, TaskStatus.SUBMITTED, 0);
    }

    ObjectNode job(SimulatedTask task, Instant now) {
        return job(task, task.status(now), task.progress(now));
    }

    private ObjectNode job(SimulatedTask task, TaskStatus status, int progress) {
        ObjectNode job = Json.object();
        job.put("id", task.taskId());
        job.put("task_id", task.taskId());
        job.put("object", "video.generation.job");
        job.put("model", task.request().wireModel());
        job.put("status", OpenAiVideoJson.status(status));
        job.put("progress", progress);
        job.put("created_at", task.createdAt().getEpochSecond());
        if (status == TaskStatus.SUCCEED) {
            job.put("video_url", TaskJson.videoUrl(baseUrl, task.taskId()));
        }
        if (status == TaskStatus.FAILED) {
            job.putObject("error").put("message", task.statusMessage(status));
        }
        return job;
    }
}
