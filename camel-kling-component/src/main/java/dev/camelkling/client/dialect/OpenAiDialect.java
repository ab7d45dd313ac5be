package dev.camelkling.client.dialect;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.Dialect;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.client.KlingValidationException;
import dev.camelkling.client.Paths;
import dev.camelkling.client.model.KlingTask;

/**
 * OpenAI-style gateways (seed 000, kling-api.md §11.1): {@code POST /v1/videos} with {@code model}, {@code prompt},
 * {@code seconds}, {@code image} and Kling's settings under {@code metadata}; {@code GET /v1/videos/{id}}. No
 * external ids, no list, no callbacks.
 */
public final class OpenAiDialect implements Dialect {

    public static final String NAME = "openai";
    /** Kling model id → the gateway's. */
    private static final Map<String, String> MODELS = Map.of("kling-v2-6", "Kling-2.6", "kling-v2-5-turbo", "Kling-2.5");
    private static final Set<String> SECONDS = Set.of("5", "10");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> operations() {
        return Set.of("text2video", "image2video");
    }

    @Override
    public WireCall create(String operation, ObjectNode officialBody) {
        ObjectNode gateway = GatewayOptions.take(officialBody);
        WireFields in = new WireFields(officialBody, NAME);
        in.refuseWatermark();
        in.refuse("negative_prompt", "cfg_scale", "camera_control", "multi_shot", "multi_prompt", "shot_type",
                "callback_url");
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("model", in.model(MODELS));
        out.put("prompt", in.text("prompt"));
        String seconds = in.text("duration") == null ? "5" : in.text("duration");
        if (!SECONDS.contains(seconds)) {
            throw new KlingValidationException("duration", "must be 5 or 10 seconds for the " + NAME + " dialect");
        }
        out.put("seconds", seconds);
        if ("image2video".equals(operation)) {
            out.put("image", in.url("image"));
        }
        ObjectNode metadata = out.putObject("metadata");
        ObjectNode config = metadata.putObject("output_config");
        String mode = in.text("mode");
        if ("4k".equals(mode)) {
            throw new KlingValidationException("mode", "4k is not offered by the " + NAME + " dialect (720P, 1080P)");
        }
        config.put("resolution", "pro".equals(mode) ? "1080P" : "720P");
        if (in.has("aspect_ratio")) {
            config.put("aspect_ratio", in.text("aspect_ratio"));
        }
        config.put("duration", Integer.parseInt(seconds));
        config.put("audio_generation", in.soundOn() ? "Enabled" : "Disabled");
        if (in.has("image_tail")) {
            metadata.put("last_frame_url", in.url("image_tail"));
        }
        if (gateway.has("offpeak")) {
            metadata.put("offpeak", gateway.get("offpeak").asBoolean());
        }
        return new WireCall("/v1/videos", out);
    }

    @Override
    public String taskPath(String operation, String taskId) {
        return "/v1/videos/" + Paths.encode(taskId);
    }

    @Override
    public String externalTaskPath(String operation, String externalTaskId) {
        return null;
    }

    @Override
    public String listPath(String operation, int pageNum, int pageSize) {
        return null;
    }

    @Override
    public JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body) {
        return GatewayReplies.openAiStyle(mapper, httpStatus, body);
    }

    @Override
    public KlingTask readTask(String operation, JsonNode data) {
        return VideoJobReader.read(operation, data, NAME);
    }

    @Override
    public boolean acceptsCallbackUrl() {
        return false;
    }

    @Override
    public boolean acceptsAccessKeys() {
        return false;
    }
}
