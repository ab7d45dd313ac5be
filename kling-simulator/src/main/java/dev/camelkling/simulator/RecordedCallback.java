package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One callback delivery attempt.
 *
 * @param url        the task's {@code callback_url}
 * @param body       the JSON body that was POSTed (bare task object, no envelope)
 * @param httpStatus the receiver's HTTP status, or -1 when the POST failed (connection refused, timeout...)
 */
public record RecordedCallback(String url, String body, int httpStatus) {

    public JsonNode json() {
        return Json.parseLenient(body);
    }

    /** Convenience: {@code task_status} of the body. */
    public String taskStatus() {
        return json().path("task_status").asText();
    }

    /** Convenience: {@code task_id} of the body. */
    public String taskId() {
        return json().path("task_id").asText();
    }
}
