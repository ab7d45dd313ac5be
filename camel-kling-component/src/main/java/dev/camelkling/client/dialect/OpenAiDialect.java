package dev.camelkling.client.dialect;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.GatewayModel;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * OpenAI-style gateways (docs/kling-api-notes.md §14.1): {@code POST /v1/videos} with {@code model}, {@code prompt},
 * {@code seconds}, {@code image} and Kling's settings under {@code metadata}; {@code GET /v1/videos/{id}}. No external
 * ids, no list, no callbacks.
 */
public final class OpenAiDialect extends VideoJobDialect {

    public static final String NAME = "openai";
    /** Kling model id → the gateway's (docs/kling-api-notes.md §14.1); 3.0 Omni stands on Kling 3.0's rows. */
    private static final Map<String, String> MODELS = Map.of("kling-v3", "Kling-3.0-Omni", "kling-v2-6", "Kling-2.6",
            "kling-v2-5-turbo", "Kling-2.5");
    /** The gateway's names as its page prints them. */
    private static final Map<String, GatewayModel> NAMES = Map.of("Kling-3.0-Omni", GatewayModel.of("kling-v3"),
            "Kling-2.6", GatewayModel.of("kling-v2-6"), "Kling-2.5", GatewayModel.of("kling-v2-5-turbo"));
    /** {@code seconds} per gateway model: 5–15 s for 3.0 Omni, 5–10 s for the others, in steps of 5. */
    private static final Map<String, Set<String>> SECONDS = Map.of("Kling-3.0-Omni", Set.of("5", "10", "15"),
            "Kling-2.6", Set.of("5", "10"), "Kling-2.5", Set.of("5", "10"));
    private static final Set<String> GATEWAY_OPTIONS = Set.of("offpeak", "aspect_ratio", "size");

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
    public Map<String, GatewayModel> modelNames() {
        return NAMES;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        ObjectNode gateway = GatewayOptions.take(officialBody, NAME, GATEWAY_OPTIONS);
        WireFields in = new WireFields(officialBody, NAME);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        String model = in.model(MODELS);
        out.put("model", model);
        out.put("prompt", in.text("prompt"));
        String seconds = in.text("duration") == null ? "5" : in.text("duration");
        if (!SECONDS.get(model).contains(seconds)) {
            throw new KlingValidationException("duration", "must be one of " + new TreeSet<>(SECONDS.get(model))
                                                           + " seconds for " + model + " on the " + NAME + " dialect");
        }
        out.put("seconds", seconds);
        if (gateway.has("size")) {
            out.put("size", gateway.get("size").asText());
        }
        boolean image = "image2video".equals(operation);
        if (image) {
            out.put("image", in.url("image"));
        }
        ObjectNode metadata = out.putObject("metadata");
        ObjectNode config = metadata.putObject("output_config");
        String mode = in.text("mode");
        if ("4k".equals(mode)) {
            throw new KlingValidationException("mode", "4k is not offered by the " + NAME + " dialect (720P, 1080P)");
        }
        config.put("resolution", "pro".equals(mode) ? "1080P" : "720P");
        // with an image, Kling's request has no ratio: it comes as a gateway option
        String ratio = gateway.has("aspect_ratio") ? gateway.get("aspect_ratio").asText() : in.text("aspect_ratio");
        if (ratio != null) {
            config.put("aspect_ratio", ratio);
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
