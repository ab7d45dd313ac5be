package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/omni-video} (docs/kling-api-notes.md §8.6): kling-video-o1 (default) and
 * kling-v3-omni, with every documented counting rule of images, elements and the reference video.
 */
final class OmniVideoValidator implements OperationValidator {

    static final String O1 = "kling-video-o1";
    static final String V3_OMNI = "kling-v3-omni";

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", O1, Set.of(O1, V3_OMNI));
        boolean o1 = O1.equals(model);
        String mode = Rules.oneOf(body, "mode", "mode", Rules.MODES, "pro");

        JsonNode images = Rules.array(body, "image_list", "image_list", 0, 7);
        int first = 0;
        int end = 0;
        String problem = null;
        for (int i = 0; i < images.size(); i++) {
            String path = "image_list[" + i + "]";
            JsonNode item = images.get(i);
            if (!item.isObject()) {
                throw Rules.invalid(path, "must be an object {\"image_url\": ..., \"type\": ...}");
            }
            String p = Rules.image(item, "image_url", path + ".image_url", true);
            problem = problem != null ? problem : p;
            String type = Rules.string(item, "type", path + ".type", 32);
            if (type != null && !type.isEmpty()) {
                if (type.equals("first_frame")) {
                    first++;
                } else if (type.equals("end_frame")) {
                    end++;
                } else {
                    throw Rules.invalid(path + ".type", "must be one of [first_frame, end_frame] or absent");
                }
            }
        }
        if (first > 1 || end > 1) {
            throw Rules.invalid("image_list", "may contain at most one first_frame and one end_frame");
        }
        if (end > 0 && first == 0) {
            throw Rules.invalid("image_list", "end_frame requires a first_frame");
        }
        if (end > 0 && images.size() > 2) {
            throw Rules.invalid("image_list", "end_frame is not supported with more than 2 images");
        }
        int elements = Rules.elements(body, ctx, 7);
        JsonNode videos = Rules.array(body, "video_list", "video_list", 0, 1);
        boolean hasVideo = videos.size() == 1;
        boolean base = false;
        if (hasVideo) {
            JsonNode video = videos.get(0);
            if (!video.isObject()) {
                throw Rules.invalid("video_list[0]", "must be an object");
            }
            Rules.media(video, "video_url", "video_list[0].video_url", false);
            base = "base".equals(Rules.oneOf(video, "refer_type", "video_list[0].refer_type",
                    List.of("feature", "base"), "feature"));
            Rules.oneOf(video, "keep_original_sound", "video_list[0].keep_original_sound", List.of("yes", "no"),
                    "no");
        }
        int refs = images.size() + elements;
        if (refs > (hasVideo ? 4 : 7)) {
            throw Rules.invalid("image_list", "and element_list together allow at most " + (hasVideo ? 4 : 7)
                                              + " references " + (hasVideo ? "with" : "without")
                                              + " a reference video (got " + refs + ")");
        }
        if (first > 0 && elements > 3) {
            throw Rules.invalid("element_list", "allows at most 3 elements with a first frame");
        }
        if (base && first + end > 0) {
            throw Rules.invalid("image_list", "first_frame / end_frame cannot be used with a base (editing) video");
        }
        String sound = Rules.oneOf(body, "sound", "sound", List.of("on", "off"), "off");
        if ("on".equals(sound) && o1) {
            throw Rules.invalid("sound", "on is not supported by " + O1);
        }
        if ("on".equals(sound) && hasVideo) {
            throw Rules.invalid("sound", "must be off with a reference video");
        }
        boolean multiShot = Fields.bool(body, "multi_shot", "multi_shot", false);
        if (multiShot && o1) {
            throw Rules.invalid("multi_shot", "is only supported by " + V3_OMNI);
        }
        Set<Integer> allowed = o1 ? Rules.range(3, 10) : Rules.range(3, 15);
        int seconds = Rules.duration(body, "duration", "duration", allowed, 5, o1 ? "[3..10]" : "[3..15]");
        boolean referImage = images.size() > first + end || elements > 0 || hasVideo;
        if (o1 && !referImage && seconds != 5 && seconds != 10) {
            throw Rules.invalid("duration", "only supports 5 or 10 seconds when no refer_image is provided");
        }
        List<String> prompts = new ArrayList<>();
        String shotType = null;
        if (multiShot) {
            shotType = Rules.oneOf(body, "shot_type", "shot_type", List.of("customize", "intelligence"), null);
        }
        String prompt = Rules.string(body, "prompt", "prompt", Rules.PROMPT_MAX);
        if ((!multiShot || "intelligence".equals(shotType)) && (prompt == null || prompt.isBlank())) {
            throw ApiException.invalidParam("prompt is required");
        }
        if ("customize".equals(shotType)) {
            prompts.addAll(VideoRequestValidator.multiPrompt(body, seconds));
        } else {
            prompts.add(prompt);
        }
        if (first == 0 && !base) {
            Rules.oneOf(body, "aspect_ratio", "aspect_ratio", Rules.VIDEO_RATIOS, null);
        } else {
            Rules.oneOf(body, "aspect_ratio", "aspect_ratio", Rules.VIDEO_RATIOS, "16:9");
        }
        Rules.Common common = Rules.common(body);
        String rate = rate(o1, "pro".equals(mode), hasVideo, "on".equals(sound));
        return Rules.request("omni-video", model, mode, seconds, "on".equals(sound), common, prompts, problem,
                Output.videos(seconds, UnitPricing.perSecond(rate, seconds)));
    }

    /** Units per second (docs/kling-api-notes.md §11.3). */
    private static String rate(boolean o1, boolean pro, boolean video, boolean sound) {
        if (video) {
            return pro ? "1.2" : "0.9";
        }
        if (!o1 && sound) {
            return pro ? "1.0" : "0.8";
        }
        return pro ? "0.8" : "0.6";
    }
}
