package dev.camelkling.client.dialect;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.Dialect.WireCall;

/**
 * omni-video on Kling's new design: {@code POST /omni-video/kling-3.0-omni} or {@code /omni-video/kling-o1}, every
 * input a {@code contents[]} item (docs/kling-api-notes.md §13). The official {@code image_list} entries become
 * {@code first_frame} / {@code last_frame} / {@code refer_image} items, {@code video_list} entries
 * {@code feature_video} / {@code base_video}, {@code element_list} entries {@code element} items.
 */
final class Kling2OmniVideo {

    static final String OPERATION = "omni-video";
    /** Kling's default omni model when {@code model_name} is absent is kling-video-o1 (docs/kling-api-notes.md §8.6). */
    private static final String DEFAULT_MODEL = "kling-video-o1";
    private static final Map<String, String> MODELS = Map.of("kling-video-o1", "kling-o1", "kling-v3-omni",
            "kling-3.0-omni");
    /** Custom shots have no field here: the new design writes multi-shot scripts inside the prompt. */
    private static final Set<String> CARRIED = Set.of("model_name", "prompt", "mode", "duration", "sound",
            "aspect_ratio", "multi_shot", "image_list", "element_list", "video_list", "watermark_info",
            "callback_url", "external_task_id");
    private static final Map<String, String> FRAMES = Map.of("first_frame", "first_frame", "end_frame",
            "last_frame");

    private Kling2OmniVideo() {
    }

    static CarriedFields withOmniVideo(CarriedFields video) {
        Map<String, Set<String>> byOperation = new HashMap<>(video.byOperation());
        byOperation.put(OPERATION, CARRIED);
        return new CarriedFields(video.dialect(), byOperation);
    }

    static WireCall translate(WireFields in) {
        String model = in.text("model_name") == null ? MODELS.get(DEFAULT_MODEL) : in.model(MODELS);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode contents = out.putArray("contents");
        if (in.text("prompt") != null) {
            contents.addObject().put("type", "prompt").put("text", in.text("prompt"));
        }
        for (JsonNode image : iterable(in.node("image_list"))) {
            String frame = image.hasNonNull("type") ? FRAMES.get(image.get("type").asText()) : null;
            contents.addObject().put("type", frame == null ? "refer_image" : frame)
                    .put("url", image.path("image_url").asText());
        }
        Kling2Dialect.elements(in.node("element_list"), contents);
        boolean keepOriginalSound = false;
        for (JsonNode video : iterable(in.node("video_list"))) {
            boolean feature = "feature".equals(video.path("refer_type").asText());
            contents.addObject().put("type", feature ? "feature_video" : "base_video")
                    .put("url", video.path("video_url").asText());
            keepOriginalSound |= "yes".equals(video.path("keep_original_sound").asText());
        }
        ObjectNode settings = out.putObject("settings");
        // sound must be off with a reference video (the capability check); its own sound is "original"
        settings.put("audio", in.soundOn() ? "native" : keepOriginalSound ? "original" : "off");
        // Kling's omni-video default mode is pro (1080p); the new design's default resolution is 720p
        settings.put("resolution", "std".equals(in.text("mode")) ? "720p" : "1080p");
        if (in.has("aspect_ratio")) {
            settings.put("aspect_ratio", in.text("aspect_ratio"));
        }
        if (in.duration() != null) {
            settings.put("duration", in.duration());
        }
        if (in.has("multi_shot")) {
            settings.put("multi_shot", in.node("multi_shot").asBoolean());
        }
        Kling2Dialect.options(in, out);
        return new WireCall("/omni-video/" + model, out);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? JsonNodeFactory.instance.arrayNode() : array;
    }
}
