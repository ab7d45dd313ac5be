package dev.camelkling.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.VideoResult;

/** Kling's own (legacy, {@code model_name}) API design, kling-api.md 4–6. */
public final class OfficialDialect implements Dialect {

    public static final String NAME = "kling";

    private static final Map<String, String> PATHS = Map.of(
            "text2video", "/v1/videos/text2video",
            "image2video", "/v1/videos/image2video");

    @Override
    public String name() {
        return NAME;
    }

    /** Models only another design serves; refused here before anything is sent. */
    private static final Map<String, String> ELSEWHERE = Map.of("kling-v3-turbo", "kling2");

    @Override
    public Set<String> operations() {
        return PATHS.keySet();
    }

    @Override
    public WireCall create(String operation, ObjectNode officialBody) {
        String model = officialBody.path("model_name").asText(null);
        if (model != null && ELSEWHERE.containsKey(model)) {
            throw new KlingValidationException("model", model + " is served by the " + ELSEWHERE.get(model)
                                                        + " dialect only, not by " + NAME);
        }
        GatewayOptions.refuse(officialBody, NAME);
        return new WireCall(createPath(operation), officialBody);
    }

    @Override
    public JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body) {
        return Envelope.data(mapper, httpStatus, body);
    }

    private String createPath(String operation) {
        String path = PATHS.get(operation);
        if (path == null) {
            throw new KlingValidationException("operation", "'" + operation + "' is not served by the " + NAME
                                                            + " dialect; supported: " + PATHS.keySet());
        }
        return path;
    }

    @Override
    public String taskPath(String operation, String taskId) {
        return createPath(operation) + "/" + Paths.encode(taskId);
    }

    @Override
    public String externalTaskPath(String operation, String externalTaskId) {
        // the documented form: the external id in place of the task id
        return createPath(operation) + "/" + Paths.encode(externalTaskId);
    }

    @Override
    public String listPath(String operation, int pageNum, int pageSize) {
        return createPath(operation) + "?pageNum=" + pageNum + "&pageSize=" + pageSize;
    }

    @Override
    public KlingTask readTask(String operation, JsonNode task) {
        String statusText = task.path("task_status").asText(null);
        TaskStatus status = TaskStatus.fromWire(statusText);
        if (status == null) {
            throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, 200, null,
                    "unknown task_status '" + statusText + "' for task " + task.path("task_id").asText());
        }
        return new KlingTask(
                task.path("task_id").asText(),
                operation,
                status,
                task.path("task_status_msg").asText(""),
                textOrNull(task.path("task_info").path("external_task_id")),
                videos(task.path("task_result").path("videos")),
                textOrNull(task.path("final_unit_deduction")),
                instant(task.path("created_at")),
                instant(task.path("updated_at")));
    }

    private static List<VideoResult> videos(JsonNode videos) {
        List<VideoResult> out = new ArrayList<>();
        for (JsonNode v : videos) {
            out.add(new VideoResult(textOrNull(v.path("id")), textOrNull(v.path("url")),
                    textOrNull(v.path("watermark_url")), textOrNull(v.path("duration"))));
        }
        return out;
    }

    private static String textOrNull(JsonNode node) {
        return Json.textOrNull(node);
    }

    private static Instant instant(JsonNode millis) {
        return millis.canConvertToLong() ? Instant.ofEpochMilli(millis.asLong()) : null;
    }
}
