package dev.camelkling.capabilities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.camelkling.capabilities.ImageInspector.ImageInfo;
import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MotionControlRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code motion-control} (docs/kling-api-notes.md §8.7): a character image moved like a reference video. */
public final class MotionControlValidator implements RequestValidator<MotionControlRequest> {

    /**
     * What one motion-control model accepts.
     *
     * @param maxElements size of element_list (kling-v3: one; kling-v2-6: none)
     */
    record MotionModel(int maxElements) {
    }

    /**
     * The models of motion control. Kling's default when model_name is absent is not documented (UNCONFIRMED), so
     * an absent model is sent as absent and allows no element.
     */
    static final Map<String, MotionModel> MODELS = Map.of(
            "kling-v2-6", new MotionModel(0),
            "kling-v3", new MotionModel(1));
    static final MotionModel NO_MODEL = new MotionModel(0);
    static final Set<String> ORIENTATIONS = Sets.of("image", "video");
    static final Set<String> MODES = Sets.of("std", "pro");
    static final Set<String> YES_NO = Sets.of("yes", "no");
    static final int MIN_SIDE = 300;
    static final int MAX_SIDE = 65_536;

    @Override
    public void validate(MotionControlRequest r) {
        MotionModel model = NO_MODEL;
        if (r.modelName() != null) {
            model = MODELS.get(r.modelName());
            if (model == null) {
                throw invalid("model_name", "must be one of " + new TreeSet<>(MODELS.keySet())
                                            + " for motion-control, got '" + r.modelName() + "'");
            }
        }
        Rules.required(r.imageUrl(), "image_url");
        image(r.imageUrl());
        Rules.required(r.videoUrl(), "video_url");
        Rules.httpUrl(r.videoUrl(), "video_url");
        Rules.required(r.characterOrientation(), "character_orientation");
        Rules.oneOf(r.characterOrientation(), "character_orientation", ORIENTATIONS);
        Rules.required(r.mode(), "mode");
        Rules.oneOf(r.mode(), "mode", MODES);
        Rules.oneOf(r.keepOriginalSound(), "keep_original_sound", YES_NO);
        elements(r, model);
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
    }

    /** 10 MB, 300 to 65536 px per side, ratio 1:2.5 to 2.5:1 (local images; URLs are not fetched). */
    private static void image(MediaInput image) {
        Rules.image(image, "image_url", Rules.IMAGE_MAX_BYTES, MIN_SIDE, true);
        if (image.isUrl()) {
            return;
        }
        ImageInfo info = ImageInspector.inspect(image.localBytes().orElseThrow()).orElseThrow();
        if (info.width() > MAX_SIDE || info.height() > MAX_SIDE) {
            throw invalid("image_url", "must be at most " + MAX_SIDE + " px on each side (got " + info.width() + "x"
                                       + info.height() + ")");
        }
    }

    private static void elements(MotionControlRequest r, MotionModel model) {
        List<ElementRef> elements = r.elementList();
        if (elements == null || elements.isEmpty()) {
            return;
        }
        if (model.maxElements() == 0) {
            throw invalid("element_list", "needs model_name kling-v3 (got "
                                          + (r.modelName() == null ? "none" : r.modelName()) + ")");
        }
        Rules.count(elements, "element_list", 0, model.maxElements());
        for (int i = 0; i < elements.size(); i++) {
            Rules.required(elements.get(i) == null ? null : elements.get(i).elementId(),
                    "element_list[" + i + "].element_id");
        }
        if (!"video".equals(r.characterOrientation())) {
            throw invalid("character_orientation", "must be video with an element (the output follows the video)");
        }
    }
}
