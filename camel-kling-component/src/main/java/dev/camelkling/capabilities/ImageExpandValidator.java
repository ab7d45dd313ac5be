package dev.camelkling.capabilities;

import dev.camelkling.client.model.ImageExpandRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/**
 * {@code image-expand} (docs/kling-api-notes.md §8.16): each side grows by 0 to 2 times the image's height (up, down)
 * or width (left, right), and the area added is at most 3 times the original's.
 */
public final class ImageExpandValidator implements RequestValidator<ImageExpandRequest> {

    static final double MAX_RATIO = 2.0;
    /**
     * Added area over original area: {@code (1+up+down)*(1+left+right) - 1}. Kling's wording is "new area at most 3
     * times the original"; read here as the added area (a whole canvas of up to 4 times), UNCONFIRMED.
     */
    static final double MAX_ADDED_AREA = 3.0;

    @Override
    public void validate(ImageExpandRequest r) {
        Rules.required(r.image(), "image");
        Rules.image(r.image(), "image");
        double up = ratio(r.upExpansionRatio(), "up_expansion_ratio");
        double down = ratio(r.downExpansionRatio(), "down_expansion_ratio");
        double left = ratio(r.leftExpansionRatio(), "left_expansion_ratio");
        double right = ratio(r.rightExpansionRatio(), "right_expansion_ratio");
        if (up + down + left + right <= 0) {
            throw invalid("up_expansion_ratio", "or another expansion ratio must be above 0 (nothing to expand)");
        }
        double added = (1 + up + down) * (1 + left + right) - 1;
        if (added > MAX_ADDED_AREA + 1e-9) {
            throw invalid("expansion_ratio", "the added area must be at most " + (int) MAX_ADDED_AREA
                                             + " times the original, got (1+up+down)*(1+left+right)-1 = "
                                             + Math.round(added * 100) / 100.0);
        }
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        ImageRules.n(r.n());
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }

    private static double ratio(Double value, String field) {
        if (value == null) {
            return 0;
        }
        if (value.isNaN()) {
            throw invalid(field, "must be a number");
        }
        Rules.range(value, field, 0, MAX_RATIO);
        return value;
    }
}
