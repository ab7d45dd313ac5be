package dev.camelkling.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules of the OpenAI-style gateway {@code POST /v1/videos} (docs/kling-api-notes.md §14.1). Refusals are 400
 * with the offending field as {@code param}. Unknown fields (e.g. {@code metadata.file_infos}) are ignored.
 */
final class OpenAiVideoValidator {

    static final int PROMPT_MAX = 2500;
    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{1,4}x[1-9][0-9]{1,4}");
    private static final List<String> RESOLUTIONS = List.of("720P", "1080P");
    private static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1");
    private static final List<String> AUDIO = List.of("Enabled", "Disabled");
    private static final List<String> SCENE_TYPES = List.of("motion_control", "avatar_i2v", "lip_sync",
            "template_effect");
    private static final List<String> MOTION_LEVELS = List.of("std", "pro");

    /** A gateway model: its display name, the legacy model it prices as, and its durations. */
    private record Model(String name, String legacyModel, List<Integer> seconds) {
    }

    private static final Map<String, Model> MODELS = Map.of(
            "kling-3.0-omni", new Model("Kling-3.0-Omni", "kling-v3", List.of(5, 10, 15)),
            "kling-2.6", new Model("Kling-2.6", VideoModels.V2_6, List.of(5, 10)),
            "kling-2.5", new Model("Kling-2.5", "kling-v2-5-turbo", List.of(5, 10)));

    CreateRequest validate(JsonNode raw) {
        JsonNode body = Fields.body(raw);
        String modelText = Fields.requiredString(body, "model", "model", 100);
        Model model = MODELS.get(modelText.toLowerCase(Locale.ROOT));
        if (model == null) {
            throw ApiException.invalidField("model", "model must be one of [Kling-3.0-Omni, Kling-2.6, Kling-2.5],"
                                                     + " got " + modelText);
        }
        String prompt = Fields.requiredString(body, "prompt", "prompt", PROMPT_MAX);
        Integer seconds = seconds(body, model);
        String size = Fields.string(body, "size", "size", 20);
        if (size != null && !SIZE.matcher(size).matches()) {
            throw ApiException.invalidField("size", "size must look like 1280x720");
        }
        String image = Fields.httpUrl(body, "image", "image");
        JsonNode metadata = Fields.object(body, "metadata", "metadata");
        JsonNode output = Fields.object(metadata, "output_config", "metadata.output_config");
        String resolution = Fields.oneOfIgnoreCase(output, "resolution", "metadata.output_config.resolution",
                RESOLUTIONS, "720P");
        Fields.oneOf(output, "aspect_ratio", "metadata.output_config.aspect_ratio", ASPECT_RATIOS, "16:9");
        int duration = duration(output, seconds, model);
        boolean audio = "Enabled".equals(Fields.oneOfIgnoreCase(output, "audio_generation",
                "metadata.output_config.audio_generation", AUDIO, "Disabled"));
        Fields.oneOf(metadata, "scene_type", "metadata.scene_type", SCENE_TYPES, null);
        Fields.oneOf(metadata, "motion_level", "metadata.motion_level", MOTION_LEVELS, null);
        Fields.bool(metadata, "offpeak", "metadata.offpeak", false);
        String lastFrame = Fields.httpUrl(metadata, "last_frame_url", "metadata.last_frame_url");
        Fields.httpUrl(metadata, "video_url", "metadata.video_url");
        if (lastFrame != null && image == null) {
            throw ApiException.invalidField("metadata.last_frame_url", "metadata.last_frame_url requires image");
        }
        String wireModel = modelText.toLowerCase(Locale.ROOT) + "-" + resolution.toLowerCase(Locale.ROOT)
                           + (image != null ? "-ref" : "-noref") + (audio ? "-audio" : "-noaudio");
        return new CreateRequest(Dialect.OPENAI, wireModel, image != null ? "image2video" : "text2video",
                model.legacyModel(), "1080P".equals(resolution) ? "pro" : "std", duration, audio, null, null, false,
                List.of(prompt), null);
    }

    /** {@code seconds}: a JSON string "5" / "10" / "15" allowed for the model, or null when absent. */
    private static Integer seconds(JsonNode body, Model model) {
        if (!Fields.present(body, "seconds")) {
            return null;
        }
        JsonNode node = body.get("seconds");
        int value = node.isTextual() ? Fields.seconds(node.asText()) : -1;
        if (!model.seconds().contains(value)) {
            throw ApiException.invalidField("seconds", "seconds must be a string, one of " + quoted(model.seconds())
                                                       + " for " + model.name());
        }
        return value;
    }

    /** The duration: seconds, else output_config.duration, else 5; both given must agree. */
    private static int duration(JsonNode output, Integer seconds, Model model) {
        String path = "metadata.output_config.duration";
        if (!Fields.present(output, "duration")) {
            return seconds != null ? seconds : 5;
        }
        int value = Fields.integer(output, "duration", path, 1, 60, 5);
        if (!model.seconds().contains(value)) {
            throw ApiException.invalidField(path, path + " must be one of " + model.seconds() + " for "
                                                  + model.name());
        }
        if (seconds != null && seconds != value) {
            throw ApiException.invalidField(path, path + " (" + value + ") must equal seconds (" + seconds + ")");
        }
        return value;
    }

    private static List<String> quoted(List<Integer> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList();
    }
}
