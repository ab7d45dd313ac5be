package dev.camelkling.simulator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/images/generations} (docs/kling-api-notes.md §8.16). Default model kling-v1 (the
 * older docs; the 2026 page says kling-v3 — UNCONFIRMED). Units per image: kling-v1 1; kling-v1-5, v2, v2-1 4
 * (text-to-image) / 8 (with a reference image); kling-v2-new and kling-v3 8.
 */
final class ImageGenerationValidator implements OperationValidator {

    private static final Map<String, String[]> UNITS = Map.of(
            "kling-v1", new String[]{"1", "1"},
            "kling-v1-5", new String[]{"4", "8"},
            "kling-v2", new String[]{"4", "8"},
            "kling-v2-new", new String[]{"8", "8"},
            "kling-v2-1", new String[]{"4", "8"},
            "kling-v3", new String[]{"8", "8"});

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", "kling-v1", UNITS.keySet());
        String prompt = Rules.required(body, "prompt", "prompt", Rules.PROMPT_MAX);
        String problem = Rules.image(body, "image", "image", false);
        boolean hasImage = Rules.present(body, "image");
        if (Rules.string(body, "negative_prompt", "negative_prompt", Rules.PROMPT_MAX) != null && hasImage) {
            throw Rules.invalid("negative_prompt", "is not supported for image-to-image (with image)");
        }
        if (Rules.present(body, "image_reference")) {
            String reference = Rules.oneOf(body, "image_reference", "image_reference", List.of("subject", "face"),
                    null);
            if (!"kling-v1-5".equals(model)) {
                throw Rules.invalid("image_reference", "is only supported by kling-v1-5");
            }
            if (!hasImage) {
                throw Rules.invalid("image_reference", reference + " requires image");
            }
        }
        Rules.number(body, "image_fidelity", "image_fidelity", 0, 1, 0.5);
        Rules.number(body, "human_fidelity", "human_fidelity", 0, 1, 0.45);
        Rules.elements(body, ctx, hasImage ? 9 : 10);
        Rules.oneOf(body, "resolution", "resolution", List.of("1k", "2k"), "1k");
        int n = Rules.integer(body, "n", "n", 1, 9, 1);
        String ratio = Rules.oneOf(body, "aspect_ratio", "aspect_ratio", Rules.IMAGE_RATIOS, "16:9");
        if ("kling-v1".equals(model) && "21:9".equals(ratio)) {
            throw Rules.invalid("aspect_ratio", "21:9 is not supported by kling-v1");
        }
        Rules.Common common = Rules.common(body);
        String perImage = UNITS.get(model)[hasImage ? 1 : 0];
        return Rules.request("image-generation", model, "", 0, false, common, List.of(prompt), problem,
                Output.images(PackType.IMAGE, n, ImageRenderer.size(ratio), false,
                        UnitPricing.perSecond(perImage, n)));
    }
}
