package dev.camelkling.client.dialect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.Envelope;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.client.Json;
import dev.camelkling.client.Paths;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.VideoResult;
import dev.camelkling.exceptions.KlingApiException;

/**
 * apimodels.app (docs/kling-api-notes.md §14.3): Kling's legacy field names under {@code model} instead of
 * {@code model_name}, one create path for text and image ({@code image} decides), a {@code {code, msg, data}} envelope
 * with HTTP-like codes, states pending/processing/completed/failed, {@code resultUrls}, {@code failMsg}. No external
 * ids and no list. Its callbacks carry its own payload, so the component polls.
 */
public final class ApiModelsDialect extends GatewayDialect {

    public static final String NAME = "apimodels";
    private static final Map<String, String> MODELS = Map.of("kling-v2-6", "kling-v2-6", "kling-v3", "kling-v3");
    private static final String PATH = "/api/v1/video/generations";

    public ApiModelsDialect() {
        super(NAME);
    }

    /** Its documented legacy fields (docs/kling-api-notes.md §14.3); its callbacks are its own, so none is sent. */
    private static final CarriedFields CARRIED = CarriedFields.video(NAME, "negative_prompt", "cfg_scale",
            "camera_control", "multi_shot", "watermark_info", "voice_list");

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        GatewayOptions.refuse(officialBody, NAME);
        WireFields in = new WireFields(officialBody, NAME);
        ObjectNode out = officialBody.deepCopy();
        out.remove("model_name");
        out.remove("external_task_id");
        out.put("model", in.model(MODELS));
        // the field order is irrelevant to the gateway; model first reads better in logs
        ObjectNode ordered = out.objectNode().put("model", out.remove("model").asText());
        ordered.setAll(out);
        return new WireCall(PATH, ordered);
    }

    @Override
    public String taskPath(String operation, String taskId) {
        return PATH + "?task_id=" + Paths.encode(taskId);
    }

    @Override
    public JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body) {
        JsonNode root = GatewayReplies.parse(mapper, body);
        if (root == null || !root.isObject() || !root.path("code").isIntegralNumber()) {
            throw new KlingApiException(GatewayReplies.codeFor(httpStatus), httpStatus, null,
                    "reply is not an apimodels envelope: " + Envelope.excerpt(body));
        }
        int code = root.get("code").asInt();
        if (code != 200 || httpStatus / 100 != 2) {
            int status = code >= 400 ? code : httpStatus;
            throw new KlingApiException(GatewayReplies.codeFor(status), status, null, root.path("msg").asText(""));
        }
        return root.path("data");
    }

    @Override
    public KlingTask readTask(String operation, JsonNode data) {
        String id = Json.textOrNull(data.path("taskId"));
        TaskStatus status = StatusWords.of(Json.textOrNull(data.path("state")), NAME, id);
        List<VideoResult> videos = new ArrayList<>();
        for (JsonNode url : data.path("resultUrls")) {
            videos.add(new VideoResult(id, url.asText(), null, null));
        }
        String message = status == TaskStatus.FAILED
                ? String.valueOf(Json.textOrNull(data.path("failMsg"))) : "";
        Instant created = Json.millis(data.path("createTime"));
        Instant completed = Json.millis(data.path("completeTime"));
        return new KlingTask(id, operation, status, message, null, videos, null, created,
                completed != null ? completed : created);
    }

}
