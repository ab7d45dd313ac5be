package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/images/omni-image} (docs/kling-api-notes.md §8.16): kling-image-o1 (default) and
 * kling-v3-omni; {@code result_type} single (n images) or series ({@code series_amount} 2–9 images in
 * {@code task_result.series_images}; kling-v3-omni only); 4k for kling-v3-omni only; aspect ratio {@code auto}
 * (default) gives square images. Units: 8 per image, 16 at 4k.
 */
final class OmniImageValidator implements OperationValidator {

    static final String O1 = "kling-image-o1";
    static final String V3_OMNI = "kling-v3-omni";

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", O1, Set.of(O1, V3_OMNI));
        String prompt = Rules.required(body, "prompt", "prompt", Rules.PROMPT_MAX);
        JsonNode images = Rules.array(body, "image_list", "image_list", 0, 10);
        String problem = null;
        for (int i = 0; i < images.size(); i++) {
            if (!images.get(i).isObject()) {
                throw Rules.invalid("image_list[" + i + "]", "must be an object {\"image\": ...}");
            }
            String p = Rules.image(images.get(i), "image", "image_list[" + i + "].image", true);
            problem = problem != null ? problem : p;
        }
        int elements = Rules.elements(body, ctx, 10);
        if (images.size() + elements > 10) {
            throw Rules.invalid("image_list", "and element_list together allow at most 10 references");
        }
        String resolution = Rules.oneOf(body, "resolution", "resolution", List.of("1k", "2k", "4k"), "1k");
        if ("4k".equals(resolution) && !V3_OMNI.equals(model)) {
            throw Rules.invalid("resolution", "4k is only supported by " + V3_OMNI);
        }
        String resultType = Rules.oneOf(body, "result_type", "result_type", List.of("single", "series"), "single");
        boolean series = "series".equals(resultType);
        int count;
        if (series) {
            if (!V3_OMNI.equals(model)) {
                throw Rules.invalid("result_type", "series is only supported by " + V3_OMNI);
            }
            if (images.isEmpty()) {
                // Kling's image capability map (docs/kling-api-notes.md §9.4): series-image generation is image-to-image only
                throw Rules.invalid("result_type", "series requires a reference image in image_list");
            }
            if (!Rules.present(body, "series_amount")) {
                throw ApiException.invalidParam("series_amount is required when result_type is series");
            }
            count = Rules.integer(body, "series_amount", "series_amount", 2, 9, 2);
            Rules.integer(body, "n", "n", 1, 9, 1); // ignored for series
        } else {
            if (Rules.present(body, "series_amount")) {
                throw Rules.invalid("series_amount", "is only allowed when result_type is series");
            }
            count = Rules.integer(body, "n", "n", 1, 9, 1);
        }
        List<String> ratios = new ArrayList<>(Rules.IMAGE_RATIOS);
        ratios.add("auto");
        String ratio = Rules.oneOf(body, "aspect_ratio", "aspect_ratio", ratios, "auto");
        if (Rules.present(body, "aspect_ratio") && "auto".equals(ratio) && images.isEmpty() && !V3_OMNI.equals(model)) {
            // docs/kling-api-notes.md §9.4: kling-image-o1's intelligent aspect ratio is image-to-image only (the default stays auto)
            throw Rules.invalid("aspect_ratio", "auto requires a reference image in image_list for " + model);
        }
        Rules.Common common = Rules.common(body);
        String units = UnitPricing.perSecond("4k".equals(resolution) ? "16" : "8", count);
        return Rules.request("omni-image", model, "", 0, false, common, List.of(prompt), problem,
                Output.images(PackType.IMAGE, count, ImageRenderer.size(ratio), series, units));
    }
}
