package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The apimodels.app shapes (docs/kling-api-notes.md §14.3): {@code {"code":200,"msg":"success","data":{...}}} with
 * camelCase task data, times in epoch milliseconds, states {@code pending|processing|completed|failed}; errors
 * {@code {"code":<HTTP status>,"msg":"..."}}. The bare data object is also the callback body.
 */
final class ApimodelsJson {

    static final String MODEL_PREFIX = "kling-video/";

    private final String baseUrl;

    ApimodelsJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String state(TaskStatus status) {
        return switch (status) {
            case SUBMITTED -> "pending";
            case PROCESSING -> "processing";
            case SUCCEED -> "completed";
            case FAILED -> "failed";
        };
    }

    /** The create reply's data: taskId, state pending, model. */
    ObjectNode created(SimulatedTask task) {
        ObjectNode data = Json.object();
        data.put("taskId", task.taskId());
        data.put("state", state(TaskStatus.SUBMITTED));
        data.put("model", MODEL_PREFIX + task.request().wireModel());
        return data;
    }

    /** The task as it looks while in {@code status} (query data and callback body). */
    ObjectNode data(SimulatedTask task, TaskStatus status) {
        ObjectNode data = created(task);
        data.put("state", state(status));
        data.put("createTime", task.createdAt().toEpochMilli());
        if (status == TaskStatus.SUCCEED) {
            data.putArray("resultUrls").add(TaskJson.videoUrl(baseUrl, task.taskId()));
            data.put("completeTime", task.enteredAt(status).toEpochMilli());
        }
        if (status == TaskStatus.FAILED && !task.statusMessage(status).isEmpty()) {
            data.put("failMsg", task.statusMessage(status));
        }
        return data;
    }

    static HttpReply success(JsonNode data) {
        ObjectNode root = Json.object();
        root.put("code", 200);
        root.put("msg", "success");
        root.set("data", data);
        return HttpReply.json(200, root);
    }

    static HttpReply error(ApiException e) {
        ObjectNode root = Json.object();
        root.put("code", e.httpStatus());
        root.put("msg", e.getMessage());
        return HttpReply.json(e.httpStatus(), root);
    }
}
