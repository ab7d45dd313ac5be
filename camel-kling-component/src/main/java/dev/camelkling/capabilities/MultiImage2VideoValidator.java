package dev.camelkling.capabilities;

import java.util.List;
import java.util.Set;

import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.MultiImage2VideoRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code multi-image2video} (docs/kling-api-notes.md §8.5): 1 to 4 subject images and a prompt. */
public final class MultiImage2VideoValidator implements RequestValidator<MultiImage2VideoRequest> {

    /** Kling's default and the only documented model. */
    static final String DEFAULT_MODEL = "kling-v1-6";
    /**
     * kling-v1-6 is documented; kling-v2-5-turbo and kling-v2-6 are sent to this endpoint by public clients
     * (docs/kling-api-notes.md §8.5, UNCONFIRMED): accepted, so Kling decides.
     */
    static final Set<String> MODELS = Sets.of(DEFAULT_MODEL, "kling-v2-5-turbo", "kling-v2-6");
    static final int MAX_IMAGES = 4;
    static final Set<String> MODES = Sets.of("std", "pro");
    static final Set<Integer> DURATIONS = Sets.of(5, 10);
    static final Set<String> ASPECT_RATIOS = Sets.of("16:9", "9:16", "1:1");

    @Override
    public void validate(MultiImage2VideoRequest r) {
        if (r.modelName() != null && !MODELS.contains(r.modelName())) {
            throw invalid("model_name", "must be one of " + MODELS + " for multi-image2video, got '" + r.modelName()
                                        + "'");
        }
        List<ImageRef> images = r.imageList();
        Rules.count(images, "image_list", 1, MAX_IMAGES);
        Rules.imageList(images, "image_list");
        Rules.prompts(r.prompt(), r.negativePrompt());
        Rules.oneOf(r.mode(), "mode", MODES);
        if (r.duration() != null) {
            Rules.seconds(r.duration(), "duration", DURATIONS);
        }
        Rules.oneOf(r.aspectRatio(), "aspect_ratio", ASPECT_RATIOS);
    }
}
