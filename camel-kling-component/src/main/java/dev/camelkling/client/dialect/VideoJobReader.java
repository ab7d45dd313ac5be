package dev.camelkling.client.dialect;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelkling.client.Json;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.VideoResult;

/** The OpenAI-style video job object of the openai and generations gateways (times in Unix seconds). */
final class VideoJobReader {

    private VideoJobReader() {
    }

    static KlingTask read(String operation, JsonNode job, String dialect) {
        String id = Json.textOrNull(job.path("id"));
        if (id == null) {
            id = Json.textOrNull(job.path("task_id"));
        }
        TaskStatus status = StatusWords.of(Json.textOrNull(job.path("status")), dialect, id);
        String url = Json.textOrNull(job.path("video_url"));
        if (url == null) {
            url = Json.textOrNull(job.path("metadata").path("url"));
        }
        List<VideoResult> videos = status == TaskStatus.SUCCEED && url != null
                ? List.of(new VideoResult(id, url, null, Json.textOrNull(job.path("seconds")))) : List.of();
        String message = status == TaskStatus.FAILED ? failure(job) : "";
        Instant created = Json.seconds(job.path("created_at"));
        Instant completed = Json.seconds(job.path("completed_at"));
        return new KlingTask(id, operation, status, message, null, videos, null, created,
                completed != null ? completed : created);
    }

    private static String failure(JsonNode job) {
        String message = Json.textOrNull(job.path("error").path("message"));
        return message != null ? message : "failed (the gateway gave no reason)";
    }
}
