package dev.camelkling.capabilities;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.OmniImageRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code omni-image} (docs/kling-api-notes.md §8.16, §9.4): single images or a series, per model as data. */
public final class OmniImageValidator implements RequestValidator<OmniImageRequest> {

    /**
     * What one omni image model accepts.
     *
     * @param resolutions resolutions it renders
     * @param series      whether it makes a series ({@code result_type} series; only from a reference image)
     * @param autoRatioFromText whether {@code aspect_ratio: auto} works without a reference image (docs/kling-api-notes.md §9.4:
     *                          kling-image-o1 has the intelligent ratio on image-to-image only)
     */
    record OmniImageModel(Set<String> resolutions, boolean series, boolean autoRatioFromText) {
    }

    static final String DEFAULT_MODEL = "kling-image-o1";
    static final Map<String, OmniImageModel> MODELS = Map.of(
            "kling-image-o1", new OmniImageModel(Sets.of("1k", "2k"), false, false),
            "kling-v3-omni", new OmniImageModel(Sets.of("1k", "2k", "4k"), true, true));
    static final Set<String> RESULT_TYPES = Sets.of("single", "series");
    static final Set<String> ASPECT_RATIOS = Sets.of("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto");
    static final int MIN_SERIES = 2;
    static final int MAX_SERIES = 9;

    @Override
    public void validate(OmniImageRequest r) {
        String modelName = r.modelName() == null ? DEFAULT_MODEL : r.modelName();
        OmniImageModel model = MODELS.get(modelName);
        if (model == null) {
            throw invalid("model_name", "must be one of " + Sets.of("kling-image-o1", "kling-v3-omni")
                                        + " for omni-image, got '" + modelName + "'");
        }
        Rules.required(r.prompt(), "prompt");
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        Rules.oneOf(r.resultType(), "result_type", RESULT_TYPES);
        List<ImageRef> images = r.imageList() == null ? List.of() : r.imageList();
        if ("series".equals(r.resultType())) {
            if (!model.series()) {
                throw invalid("result_type", "series is supported by kling-v3-omni only, not " + modelName);
            }
            if (images.isEmpty()) {
                // Kling's image capability map (docs/kling-api-notes.md §9.4) lists series-image generation under image-to-image only
                throw invalid("result_type", "series needs a reference image in image_list (Kling makes a series "
                                             + "from an image, not from text alone)");
            }
            Rules.required(r.seriesAmount(), "series_amount");
            Rules.range(r.seriesAmount(), "series_amount", MIN_SERIES, MAX_SERIES);
            if (r.n() != null) {
                // Kling ignores n for a series; a route that sets it expects something it would not get
                throw invalid("n", "does not apply to a series; series_amount says how many images");
            }
        } else if (r.seriesAmount() != null) {
            throw invalid("series_amount", "only applies with result_type series");
        }
        ImageRules.n(r.n());
        Rules.oneOf(r.resolution(), "resolution", model.resolutions());
        Rules.oneOf(r.aspectRatio(), "aspect_ratio", ASPECT_RATIOS);
        if ("auto".equals(r.aspectRatio()) && images.isEmpty() && !model.autoRatioFromText()) {
            throw invalid("aspect_ratio", "auto needs a reference image in image_list for " + modelName
                                          + " (its intelligent aspect ratio is image-to-image only)");
        }
        for (int i = 0; i < images.size(); i++) {
            ImageRef image = images.get(i);
            Rules.required(image == null ? null : image.image(), "image_list[" + i + "].image");
            Rules.image(image.image(), "image_list[" + i + "].image");
        }
        ImageRules.references(images.size(), ImageRules.elements(r.elementList()), "image_list");
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }

    /** Concurrency slots: one per image, {@code series_amount} for a series. */
    public static int slots(OmniImageRequest r) {
        if ("series".equals(r.resultType())) {
            return r.seriesAmount() == null ? 1 : Math.max(1, r.seriesAmount());
        }
        return r.n() == null ? 1 : Math.max(1, r.n());
    }
}
