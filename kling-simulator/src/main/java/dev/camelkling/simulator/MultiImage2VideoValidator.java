package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/multi-image2video} (docs/kling-api-notes.md §8.5). kling-v1-6 is the
 * documented model; kling-v2-5-turbo and kling-v2-6 are accepted too (UNCONFIRMED: public clients send them).
 */
final class MultiImage2VideoValidator implements OperationValidator {

    static final Set<String> MODELS = Set.of("kling-v1-6", "kling-v2-5-turbo", "kling-v2-6");

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", "kling-v1-6", MODELS);
        JsonNode images = Rules.array(body, "image_list", "image_list", 1, 4);
        String problem = null;
        for (int i = 0; i < images.size(); i++) {
            JsonNode item = images.get(i);
            if (!item.isObject()) {
                throw Rules.invalid("image_list[" + i + "]", "must be an object {\"image\": ...}");
            }
            String p = Rules.image(item, "image", "image_list[" + i + "].image", true);
            problem = problem != null ? problem : p;
        }
        String prompt = Rules.required(body, "prompt", "prompt", Rules.PROMPT_MAX);
        Rules.string(body, "negative_prompt", "negative_prompt", Rules.PROMPT_MAX);
        String mode = Rules.oneOf(body, "mode", "mode", Rules.MODES, "std");
        int seconds = Rules.duration(body, "duration", "duration", Set.of(5, 10), 5, "[\"5\", \"10\"]");
        Rules.oneOf(body, "aspect_ratio", "aspect_ratio", Rules.VIDEO_RATIOS, "16:9");
        Rules.Common common = Rules.common(body);
        String units = "kling-v1-6".equals(model) ? UnitPricing.per5s("pro".equals(mode) ? "3.5" : "2", seconds)
                : UnitPricing.units(model, mode, seconds, false);
        return Rules.request("multi-image2video", model, mode, seconds, false, common, List.of(prompt), problem,
                Output.videos(seconds, units));
    }
}
