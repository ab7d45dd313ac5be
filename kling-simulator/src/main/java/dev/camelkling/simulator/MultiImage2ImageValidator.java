package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/images/multi-image2image} (docs/kling-api-notes.md §8.16): 1–4 subject images,
 * optional scene and style images. Units: 16 per image.
 */
final class MultiImage2ImageValidator implements OperationValidator {

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", "kling-v2", Set.of("kling-v2", "kling-v2-1"));
        String prompt = Rules.string(body, "prompt", "prompt", Rules.PROMPT_MAX);
        JsonNode subjects = Rules.array(body, "subject_image_list", "subject_image_list", 1, 4);
        String problem = null;
        for (int i = 0; i < subjects.size(); i++) {
            String path = "subject_image_list[" + i + "]";
            if (!subjects.get(i).isObject()) {
                throw Rules.invalid(path, "must be an object {\"subject_image\": ...}");
            }
            String p = Rules.image(subjects.get(i), "subject_image", path + ".subject_image", true);
            problem = problem != null ? problem : p;
        }
        for (String field : new String[]{"scene_image", "style_image"}) {
            String p = Rules.image(body, field, field, false);
            problem = problem != null ? problem : p;
        }
        int n = Rules.integer(body, "n", "n", 1, 9, 1);
        String ratio = Rules.oneOf(body, "aspect_ratio", "aspect_ratio", Rules.IMAGE_RATIOS, "16:9");
        Rules.Common common = Rules.common(body);
        return Rules.request("multi-image2image", model, "", 0, false, common,
                prompt == null ? List.of() : List.of(prompt), problem,
                Output.images(PackType.IMAGE, n, ImageRenderer.size(ratio), false, UnitPricing.perSecond("16", n)));
    }
}
