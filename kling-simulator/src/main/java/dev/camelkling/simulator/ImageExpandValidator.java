package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/images/editing/expand} (docs/kling-api-notes.md §8.16): four expansion ratios in
 * [0, 2] (multiples of the original width / height) and an expanded image of at most 3 times the original area (read
 * as the whole new image, original included — UNCONFIRMED). The result keeps the expanded aspect ratio. Units: 8 per
 * image.
 */
final class ImageExpandValidator implements OperationValidator {

    static final double MAX_AREA_FACTOR = 3.0;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String problem = Rules.image(body, "image", "image", true);
        double up = Rules.number(body, "up_expansion_ratio", "up_expansion_ratio", 0, 2, 0);
        double down = Rules.number(body, "down_expansion_ratio", "down_expansion_ratio", 0, 2, 0);
        double left = Rules.number(body, "left_expansion_ratio", "left_expansion_ratio", 0, 2, 0);
        double right = Rules.number(body, "right_expansion_ratio", "right_expansion_ratio", 0, 2, 0);
        double width = 1 + left + right;
        double height = 1 + up + down;
        if (width * height > MAX_AREA_FACTOR + 1e-9) {
            throw ApiException.invalidParam("up/down/left/right_expansion_ratio: the expanded image would be "
                                            + Output.seconds(width * height)
                                            + " times the original area (at most 3 allowed)");
        }
        String prompt = Rules.string(body, "prompt", "prompt", Rules.PROMPT_MAX);
        int n = Rules.integer(body, "n", "n", 1, 9, 1);
        Rules.Common common = Rules.common(body);
        return Rules.request("image-expand", "", "", 0, false, common, prompt == null ? List.of() : List.of(prompt),
                problem, Output.images(PackType.IMAGE, n, ImageRenderer.size(width, height), false,
                        UnitPricing.perSecond("8", n)));
    }
}
