package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/motion-control} (docs/kling-api-notes.md §8.7). model_name is optional
 * (default kling-v2-6, UNCONFIRMED); the output follows the reference video, whose length the simulator does not read,
 * so every result is {@value #OUTPUT_SECONDS} s long.
 */
final class MotionControlValidator implements OperationValidator {

    static final int OUTPUT_SECONDS = 5;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", VideoModels.V2_6, Set.of(VideoModels.V2_6, VideoModels.V3));
        String prompt = Rules.string(body, "prompt", "prompt", Rules.PROMPT_MAX);
        String problem = Rules.image(body, "image_url", "image_url", true);
        Rules.media(body, "video_url", "video_url", false);
        Rules.oneOf(body, "keep_original_sound", "keep_original_sound", List.of("yes", "no"), "yes");
        String orientation = Rules.oneOf(body, "character_orientation", "character_orientation",
                List.of("image", "video"), null);
        String mode = Rules.oneOf(body, "mode", "mode", Rules.MODES, null);
        if (Rules.present(body, "element_list")) {
            if (!VideoModels.V3.equals(model)) {
                throw Rules.invalid("element_list", "is only supported by kling-v3");
            }
            if (Rules.elements(body, ctx, 1) > 0 && !"video".equals(orientation)) {
                throw Rules.invalid("character_orientation", "must be video when element_list is used");
            }
        }
        Rules.Common common = Rules.common(body);
        boolean pro = "pro".equals(mode);
        String rate = VideoModels.V3.equals(model) ? (pro ? "1.2" : "0.9") : (pro ? "0.8" : "0.5");
        return Rules.request("motion-control", model, mode, OUTPUT_SECONDS, false, common,
                prompt == null ? List.of() : List.of(prompt), problem,
                Output.videos(OUTPUT_SECONDS, UnitPricing.perSecond(rate, OUTPUT_SECONDS)));
    }
}
