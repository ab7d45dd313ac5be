package dev.camelkling.client.dialect;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * OpenAI-style gateways (docs/kling-api-notes.md §14.1): {@code POST /v1/videos} with {@code model}, {@code prompt},
 * {@code seconds}, {@code image} and Kling's settings under {@code metadata}; {@code GET /v1/videos/{id}}. No external
 * ids, no list, no callbacks.
 */
public final class OpenAiDialect extends VideoJobDialect {

    public static final String NAME = "openai";
    /** Kling model id → the gateway's. */
    private static final Map<String, String> MODELS = Map.of("kling-v2-6", "Kling-2.6", "kling-v2-5-turbo",
            "Kling-2.5");
    private static final Set<String> SECONDS = Set.of("5", "10");

    public OpenAiDialect() {
        super(NAME);
    }

    /** Its body has no place for negative prompts, cfg, camera, multi-shot, voices, elements, masks, watermark. */
    private static final CarriedFields CARRIED = CarriedFields.video(NAME);

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        ObjectNode gateway = GatewayOptions.take(officialBody);
        WireFields in = new WireFields(officialBody, NAME);
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

}
