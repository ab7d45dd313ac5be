package dev.camelkling.client.dialect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.Envelope;
import dev.camelkling.client.GatewayModel;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.client.Json;
import dev.camelkling.client.Paths;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.VideoResult;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;

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
    /** The status message of a failed task whose reply has no {@code failMsg}. */
    static final String NO_REASON = "failed; the apimodels gateway gave no reason";

    public ApiModelsDialect() {
        super(NAME);
    }

    /**
     * Its documented legacy fields (docs/kling-api-notes.md §14.3). {@code shot_type} is carried as the page's
     * {@code multi_shot} alone means it: intelligence, the model splits the prompt into shots. A route's
     * {@code callback_url} is sent; the component sets none of its own, as the page gives no callback payload.
     */
    private static final CarriedFields CARRIED = withMotionControl(CarriedFields.video(NAME, "negative_prompt",
            "cfg_scale", "camera_control", "multi_shot", "shot_type", "watermark_info", "voice_list", "callback_url"));

    private static final String MOTION_CONTROL = "motion-control";
    /** Its own model name for motion control: the page's "up to 30 s" is Kling's orientation video. */
    private static final String MOTION_MODEL = "kling-motion-control";
    private static final Map<String, GatewayModel> NAMES = Map.of(MOTION_MODEL,
            GatewayModel.of(null, "character_orientation", "video"));

    /** Motion control: the character {@code image}, the {@code motion_video}, a prompt and the mode. */
    private static CarriedFields withMotionControl(CarriedFields video) {
        Map<String, Set<String>> all = new HashMap<>(video.byOperation());
        all.put(MOTION_CONTROL, Set.of("model_name", "prompt", "image_url", "video_url", "character_orientation",
                "mode", "callback_url", "external_task_id"));
        return new CarriedFields(NAME, all);
    }

    @Override
    public Set<String> operations() {
        return Set.of("text2video", "image2video", MOTION_CONTROL);
    }

    @Override
    public Map<String, GatewayModel> modelNames() {
        return NAMES;
    }

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        ObjectNode gateway = GatewayOptions.take(officialBody, NAME, Set.of("aspect_ratio"));
        WireFields in = new WireFields(officialBody, NAME);
        if ("4k".equals(in.text("mode"))) {
            throw new KlingValidationException("mode", "4k is not offered by the " + NAME + " dialect (std, pro)");
        }
        if (MOTION_CONTROL.equals(operation)) {
            return motionControl(in);
        }
        String shotType = in.text("shot_type");
        if (shotType != null && !"intelligence".equals(shotType)) {
            throw new KlingValidationException("shot_type", "the " + NAME + " dialect offers multi_shot alone, which"
                                                            + " lets the model split the prompt (intelligence), not "
                                                            + shotType);
        }
        ObjectNode out = officialBody.deepCopy();
        out.remove("shot_type");
        if (gateway.has("aspect_ratio")) {
            out.put("aspect_ratio", gateway.get("aspect_ratio").asText());
        }
        out.remove("model_name");
        out.remove("external_task_id");
        out.put("model", in.model(MODELS));
        // the field order is irrelevant to the gateway; model first reads better in logs
        ObjectNode ordered = out.objectNode().put("model", out.remove("model").asText());
        ordered.setAll(out);
        return new WireCall(PATH, ordered);
    }

    /** {@code kling-motion-control} with {@code image} and {@code motion_video} (docs/kling-api-notes.md §14.3). */
    private static WireCall motionControl(WireFields in) {
        if (in.has("model_name")) {
            throw new KlingValidationException("model", "the " + NAME + " dialect runs motion control as "
                                                        + MOTION_MODEL + ", not " + in.text("model_name"));
        }
        if (!"video".equals(in.text("character_orientation"))) {
            throw new KlingValidationException("character_orientation", "the " + NAME + " dialect's " + MOTION_MODEL
                                                                        + " follows the video's orientation (video)");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("model", MOTION_MODEL);
        if (in.has("prompt")) {
            out.put("prompt", in.text("prompt"));
        }
        out.put("image", in.text("image_url"));
        out.put("motion_video", in.text("video_url"));
        out.put("mode", in.text("mode"));
        if (in.has("callback_url")) {
            out.put("callback_url", in.text("callback_url"));
        }
        return new WireCall(PATH, out);
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
        String reason = Json.textOrNull(data.path("failMsg"));
        String message = status != TaskStatus.FAILED ? "" : reason != null ? reason : NO_REASON;
        Instant created = Json.millis(data.path("createTime"));
        Instant completed = Json.millis(data.path("completeTime"));
        return new KlingTask(id, operation, status, message, null, videos, null, created,
                completed != null ? completed : created);
    }

}
