package dev.camelkling.capabilities;

import java.util.Map;
import java.util.Set;

import dev.camelkling.client.model.ImageGenerationRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code image-generation} (docs/kling-api-notes.md §8.16, §9.4): every rule, per model as data. */
public final class ImageGenerationValidator implements RequestValidator<ImageGenerationRequest> {

    /**
     * What one image model accepts on {@code /v1/images/generations}.
     *
     * @param resolutions          resolutions from text only
     * @param imageResolutions     resolutions with a reference image
     * @param aspectRatios         ratios it takes; empty when the output has the input's size (restyle)
     * @param imageReferences      {@code image_reference} kinds; empty when it takes none
     * @param image                whether it takes a reference image
     * @param imageRequired        whether it needs one (restyle only)
     * @param elements             whether it takes an {@code element_list}
     */
    record ImageModel(Set<String> resolutions, Set<String> imageResolutions, Set<String> aspectRatios,
            Set<String> imageReferences, boolean image, boolean imageRequired, boolean elements) {
    }

    private static final Set<String> ALL = ImageRules.ASPECT_RATIOS;
    private static final Set<String> NO_21_9 = Sets.of("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3");
    private static final Set<String> K1 = Sets.of("1k");
    private static final Set<String> K1_K2 = Sets.of("1k", "2k");

    /**
     * Kling's default when no model is named: kling-v1 (docs/kling-api-notes.md §4.5, §8.16; the 2026 page says
     * kling-v3).
     */
    static final String DEFAULT_MODEL = "kling-v1";
    static final Map<String, ImageModel> MODELS = Map.of(
            "kling-v1", new ImageModel(K1, K1, NO_21_9, Set.of(), true, false, false),
            "kling-v1-5", new ImageModel(K1, K1, ALL, Sets.of("subject", "face"), true, false, false),
            "kling-v2", new ImageModel(K1_K2, K1, ALL, Set.of(), true, false, false),
            "kling-v2-new", new ImageModel(Set.of(), Set.of(), Set.of(), Set.of(), true, true, false),
            "kling-v2-1", new ImageModel(K1_K2, K1_K2, ALL, Set.of(), true, false, false),
            "kling-v3", new ImageModel(K1_K2, K1_K2, ALL, Set.of(), true, false, true));

    @Override
    public void validate(ImageGenerationRequest r) {
        String modelName = r.modelName() == null ? DEFAULT_MODEL : r.modelName();
        ImageModel model = MODELS.get(modelName);
        if (model == null) {
            throw invalid("model_name", "must be one of " + Sets.ordered(MODELS.keySet().stream().sorted().toList())
                                        + " for image-generation, got '" + modelName + "'");
        }
        Rules.required(r.prompt(), "prompt");
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        Rules.maxLength(r.negativePrompt(), "negative_prompt", Rules.MAX_PROMPT);
        boolean image = r.image() != null;
        image(r, model, modelName, image);
        if (r.negativePrompt() != null && image) {
            throw invalid("negative_prompt", "is not supported with a reference image (image-to-image)");
        }
        reference(r, model, modelName, image);
        Rules.range(r.imageFidelity(), "image_fidelity", 0, 1);
        int elements = ImageRules.elements(r.elementList());
        if (elements > 0 && !model.elements()) {
            throw invalid("element_list", "is not supported by " + modelName + "; use kling-v3");
        }
        ImageRules.references(image ? 1 : 0, elements, "element_list");
        Set<String> resolutions = image ? model.imageResolutions() : model.resolutions();
        if (r.resolution() != null && resolutions.isEmpty()) {
            throw invalid("resolution", "is not supported by " + modelName + " (the result has the input's size)");
        }
        Rules.oneOf(r.resolution(), "resolution", resolutions);
        if (r.aspectRatio() != null && model.aspectRatios().isEmpty()) {
            throw invalid("aspect_ratio", "is not supported by " + modelName + " (the result has the input's size)");
        }
        Rules.oneOf(r.aspectRatio(), "aspect_ratio", model.aspectRatios());
        ImageRules.n(r.n());
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }

    private static void image(ImageGenerationRequest r, ImageModel model, String modelName, boolean image) {
        if (model.imageRequired()) {
            Rules.required(r.image(), "image");
        }
        if (image && !model.image()) {
            throw invalid("image", "is not supported by " + modelName);
        }
        Rules.image(r.image(), "image");
    }

    private static void reference(ImageGenerationRequest r, ImageModel model, String modelName, boolean image) {
        if (r.imageReference() != null) {
            if (model.imageReferences().isEmpty()) {
                throw invalid("image_reference", "is supported by kling-v1-5 only, not " + modelName);
            }
            Rules.oneOf(r.imageReference(), "image_reference", model.imageReferences());
            if (!image) {
                throw invalid("image_reference", "needs a reference image");
            }
        }
        if (r.humanFidelity() != null && !"subject".equals(r.imageReference())) {
            throw invalid("human_fidelity", "only applies with image_reference subject");
        }
        Rules.range(r.humanFidelity(), "human_fidelity", 0, 1);
    }
}
