package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules of the {@code POST /v1/video/generations} gateway (docs/kling-api-notes.md §14.2, including its common
 * errors). Refusals are 400 with the offending field as {@code param}. Unknown fields are ignored.
 */
final class GenerationsValidator {

    static final int PROMPT_MAX = 2500;
    static final int SHOT_PROMPT_MAX = 512;
    private static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1");
    private static final List<String> SHOT_TYPES = List.of("customize", "intelligent");

    /** Model id to {mode, sound}: the tier and audio are part of the model name. */
    private record Tier(String mode, boolean sound) {
    }

    private static final Map<String, Tier> MODELS = Map.of(
            "kling-v3-std-silent", new Tier("std", false),
            "kling-v3-std-audio", new Tier("std", true),
            "kling-v3-pro-silent", new Tier("pro", false),
            "kling-v3-pro-audio", new Tier("pro", true));

    CreateRequest validate(JsonNode raw) {
        JsonNode body = Fields.body(raw);
        String model = Fields.requiredString(body, "model", "model", 100);
        Tier tier = MODELS.get(model);
        if (tier == null) {
            throw ApiException.invalidField("model", "model must be one of " + MODELS.keySet().stream().sorted()
                    .toList() + ", got " + model);
        }
        String image = Fields.httpUrl(body, "image", "image");
        String lastImage = Fields.httpUrl(body, "last_image", "last_image");
        if (lastImage != null && image == null) {
            throw ApiException.invalidField("last_image", "last_image requires image (the first frame)");
        }
        Fields.oneOf(body, "aspect_ratio", "aspect_ratio", ASPECT_RATIOS, "16:9");
        int duration = Fields.integer(body, "duration", "duration", 3, 15, 5);
        JsonNode extra = Fields.object(body, "extra_body", "extra_body");
        Fields.string(extra, "negative_prompt", "extra_body.negative_prompt", PROMPT_MAX);
        Fields.number(extra, "cfg_scale", "extra_body.cfg_scale", 0, 1);
        List<String> shotPrompts = multiPrompt(extra);
        Fields.array(extra, "element_list", "extra_body.element_list");
        Fields.oneOf(extra, "shot_type", "extra_body.shot_type", SHOT_TYPES, null);
        String prompt = Fields.string(body, "prompt", "prompt", PROMPT_MAX);
        boolean promptGiven = prompt != null && !prompt.isBlank();
        boolean imageMultiShot = image != null && !shotPrompts.isEmpty();
        if (imageMultiShot && promptGiven) {
            throw ApiException.invalidField("prompt",
                    "prompt and extra_body.multi_prompt cannot be used together in image mode");
        }
        if (!promptGiven && !imageMultiShot) {
            throw ApiException.missingField("prompt");
        }
        List<String> prompts = new ArrayList<>();
        if (promptGiven) {
            prompts.add(prompt);
        }
        prompts.addAll(shotPrompts);
        return new CreateRequest(Dialect.GENERATIONS, model, image != null ? "image2video" : "text2video",
                VideoModels.V3, tier.mode(), duration, tier.sound(), null, null, false, prompts, null);
    }

    /**
     * extra_body.multi_prompt: objects with a non-blank {@code prompt}; a shot's {@code duration}, when given, is a
     * number of seconds like the top-level one (the index is not checked).
     */
    private static List<String> multiPrompt(JsonNode extra) {
        JsonNode shots = Fields.array(extra, "multi_prompt", "extra_body.multi_prompt");
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < shots.size(); i++) {
            String path = "extra_body.multi_prompt[" + i + "]";
            if (!shots.get(i).isObject()) {
                throw ApiException.invalidField(path, path + " must be an object");
            }
            prompts.add(Fields.requiredString(shots.get(i), "prompt", path + ".prompt", SHOT_PROMPT_MAX));
            if (Fields.present(shots.get(i), "duration") && !shots.get(i).get("duration").isNumber()) {
                throw ApiException.invalidField(path + ".duration", path + ".duration must be a number");
            }
        }
        return prompts;
    }
}
