package dev.camelkling.capabilities;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelkling.client.model.OmniImageRef;
import dev.camelkling.client.model.OmniVideoRef;
import dev.camelkling.client.model.OmniVideoRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code omni-video} (docs/kling-api-notes.md §8.6): every counting and combination rule, per model as data. */
public final class OmniVideoValidator implements RequestValidator<OmniVideoRequest> {

    /**
     * What one omni model accepts.
     *
     * @param durations       durations in seconds
     * @param plainDurations  durations without any reference image (text only, or a first frame only)
     * @param sound           whether it makes audio
     * @param shotTypes       multi-shot kinds; empty without multi-shot
     */
    record OmniModel(Set<Integer> durations, Set<Integer> plainDurations, boolean sound, Set<String> shotTypes) {
    }

    static final String DEFAULT_MODEL = "kling-video-o1";
    static final Map<String, OmniModel> MODELS = Map.of(
            "kling-video-o1", new OmniModel(Sets.range(3, 10), Sets.of(5, 10), false, Set.of()),
            "kling-v3-omni", new OmniModel(Sets.range(3, 15), Sets.range(3, 15), true,
                    Sets.of("customize", "intelligence")));
    static final Set<String> MODES = Sets.of("std", "pro");
    static final Set<String> ASPECT_RATIOS = Sets.of("16:9", "9:16", "1:1");
    static final Set<String> FRAME_TYPES = Sets.of("first_frame", "end_frame");
    static final int MAX_REFERENCES = 7;
    static final int MAX_REFERENCES_WITH_VIDEO = 4;
    static final int MAX_ELEMENTS_WITH_FRAMES = 3;

    @Override
    public void validate(OmniVideoRequest r) {
        String modelName = r.modelName() == null ? DEFAULT_MODEL : r.modelName();
        OmniModel model = MODELS.get(modelName);
        if (model == null) {
            throw invalid("model_name", "must be one of " + MODELS.keySet() + " for omni-video, got '" + modelName
                                        + "'");
        }
        Rules.oneOf(r.mode(), "mode", MODES);
        List<OmniImageRef> images = r.imageList() == null ? List.of() : r.imageList();
        List<OmniVideoRef> videos = r.videoList() == null ? List.of() : r.videoList();
        int elements = r.elementList() == null ? 0 : r.elementList().size();
        boolean first = frames(images);
        boolean base = videos(videos);
        if (base && first) {
            throw invalid("image_list", "cannot have first_frame or end_frame images when editing a base video");
        }
        int limit = videos.isEmpty() ? MAX_REFERENCES : MAX_REFERENCES_WITH_VIDEO;
        if (images.size() + elements > limit) {
            throw invalid("image_list", "images and elements together must be at most " + limit
                                        + (videos.isEmpty() ? "" : " with a reference video") + " (got "
                                        + (images.size() + elements) + ")");
        }
        if (first && elements > MAX_ELEMENTS_WITH_FRAMES) {
            throw invalid("element_list", "must have at most " + MAX_ELEMENTS_WITH_FRAMES
                                          + " elements with a first frame (got " + elements + ")");
        }
        sound(r, model, modelName, videos);
        // O1 is stricter without references: text only, or a first frame only
        boolean plain = (images.isEmpty() || onlyFirstFrame(images)) && elements == 0 && videos.isEmpty();
        int duration = duration(r, model, plain, base);
        Rules.oneOf(r.aspectRatio(), "aspect_ratio", ASPECT_RATIOS);
        if (r.aspectRatio() == null && !first && !base) {
            throw invalid("aspect_ratio", "is required unless a first_frame image or a base video sets the frame");
        }
        prompts(r, model, modelName, duration);
    }

    /** @return whether a first frame is given */
    private static boolean frames(List<OmniImageRef> images) {
        int firsts = 0;
        int ends = 0;
        for (int i = 0; i < images.size(); i++) {
            OmniImageRef image = images.get(i);
            String field = "image_list[" + i + "]";
            Rules.required(image == null ? null : image.imageUrl(), field + ".image_url");
            Rules.oneOf(image.type(), field + ".type", FRAME_TYPES);
            Rules.image(image.imageUrl(), field + ".image_url");
            firsts += "first_frame".equals(image.type()) ? 1 : 0;
            ends += "end_frame".equals(image.type()) ? 1 : 0;
        }
        if (firsts > 1 || ends > 1) {
            throw invalid("image_list", "may have at most one first_frame and one end_frame");
        }
        if (ends == 1 && firsts == 0) {
            throw invalid("image_list", "an end_frame needs a first_frame");
        }
        if (ends == 1 && images.size() > 2) {
            throw invalid("image_list", "cannot have an end_frame with more than 2 images (got " + images.size() + ")");
        }
        return firsts == 1;
    }

    private static boolean onlyFirstFrame(List<OmniImageRef> images) {
        return images.size() == 1 && "first_frame".equals(images.get(0).type());
    }

    /** @return whether the video is a base video to edit */
    private static boolean videos(List<OmniVideoRef> videos) {
        Rules.count(videos, "video_list", 0, 1);
        if (videos.isEmpty()) {
            return false;
        }
        OmniVideoRef video = videos.get(0);
        Rules.required(video == null ? null : video.videoUrl(), "video_list[0].video_url");
        Rules.httpUrl(video.videoUrl(), "video_list[0].video_url");
        Rules.required(video.referType(), "video_list[0].refer_type");
        Rules.oneOf(video.referType(), "video_list[0].refer_type", Sets.of("feature", "base"));
        Rules.oneOf(video.keepOriginalSound(), "video_list[0].keep_original_sound", Sets.of("yes", "no"));
        return "base".equals(video.referType());
    }

    private static void sound(OmniVideoRequest r, OmniModel model, String modelName, List<OmniVideoRef> videos) {
        Rules.oneOf(r.sound(), "sound", Sets.of("on", "off"));
        if (!"on".equals(r.sound())) {
            return;
        }
        if (!model.sound()) {
            throw invalid("sound", "is not supported by " + modelName + " (no audio); use kling-v3-omni");
        }
        if (!videos.isEmpty()) {
            throw invalid("sound", "must be off with a reference video");
        }
    }

    private static int duration(OmniVideoRequest r, OmniModel model, boolean plain, boolean base) {
        if (r.duration() == null) {
            return 5;
        }
        if (base) {
            // an edit is as long as its input; Kling ignores the duration
            return Rules.seconds(r.duration(), "duration", model.durations());
        }
        return Rules.seconds(r.duration(), "duration", plain ? model.plainDurations() : model.durations());
    }

    private static void prompts(OmniVideoRequest r, OmniModel model, String modelName, int duration) {
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        if (!Boolean.TRUE.equals(r.multiShot())) {
            if (r.shotType() != null || r.multiPrompt() != null && !r.multiPrompt().isEmpty()) {
                throw invalid(r.shotType() != null ? "shot_type" : "multi_prompt",
                        "only applies when multi_shot is true");
            }
            Rules.required(r.prompt(), "prompt");
            return;
        }
        if (model.shotTypes().isEmpty()) {
            throw invalid("multi_shot", "is not supported by " + modelName + "; use kling-v3-omni");
        }
        Rules.required(r.shotType(), "shot_type");
        Rules.oneOf(r.shotType(), "shot_type", model.shotTypes());
        if ("customize".equals(r.shotType())) {
            VideoRuleChecks.shots(r.multiPrompt(), duration);
        } else {
            Rules.required(r.prompt(), "prompt");
        }
    }
}
