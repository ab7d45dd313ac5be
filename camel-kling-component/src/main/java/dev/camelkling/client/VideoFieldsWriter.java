package dev.camelkling.client;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.VideoGenerationRequest;

/**
 * Writes the fields the video operations share, in Kling's wire form: {@code model_name} (never {@code model}),
 * durations as strings, {@code sound} as on/off, {@code watermark_info} as an object. Unset fields are left out
 * so Kling's defaults apply.
 */
final class VideoFieldsWriter {

    private final ObjectMapper mapper;

    VideoFieldsWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode start(VideoGenerationRequest r) {
        ObjectNode json = mapper.createObjectNode();
        putText(json, "model_name", r.model());
        return json;
    }

    void finish(ObjectNode json, VideoGenerationRequest r) {
        putText(json, "prompt", r.prompt());
        putText(json, "negative_prompt", r.negativePrompt());
        putText(json, "mode", r.mode());
        if (r.duration() != null) {
            json.put("duration", String.valueOf(r.duration()));
        }
        if (r.sound() != null) {
            json.put("sound", r.sound() ? "on" : "off");
        }
        if (r.cfgScale() != null) {
            json.put("cfg_scale", r.cfgScale());
        }
        if (r.cameraControl() != null) {
            ObjectNode camera = json.putObject("camera_control");
            camera.put("type", r.cameraControl().type());
            if (r.cameraControl().config() != null) {
                ObjectNode config = camera.putObject("config");
                double[] values = r.cameraControl().config().values();
                for (int i = 0; i < values.length; i++) {
                    config.put(CameraConfig.AXES[i], values[i]);
                }
            }
        }
        if (r.multiShot() != null) {
            json.put("multi_shot", r.multiShot());
        }
        putText(json, "shot_type", r.shotType());
        if (r.multiPrompt() != null) {
            ArrayNode shots = json.putArray("multi_prompt");
            for (MultiShotPrompt shot : r.multiPrompt()) {
                shots.addObject().put("index", shot.index()).put("prompt", shot.prompt())
                        .put("duration", String.valueOf(shot.duration()));
            }
        }
        if (r.watermark() != null) {
            json.putObject("watermark_info").put("enabled", r.watermark());
        }
        putText(json, "callback_url", r.callbackUrl());
        putText(json, "external_task_id", r.externalTaskId());
        for (Map.Entry<String, Object> extra : r.extraFields().entrySet()) {
            // typed fields win: an extra may only add what the typed request does not carry
            if (!json.has(extra.getKey())) {
                json.set(extra.getKey(), mapper.valueToTree(extra.getValue()));
            }
        }
    }

    static void putText(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
