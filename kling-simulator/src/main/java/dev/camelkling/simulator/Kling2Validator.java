package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules of Kling's new design: {@code POST /text-to-video/{model}} (top-level {@code prompt}) and
 * {@code POST /image-to-video/{model}} ({@code contents[]}), both with {@code settings} and {@code options}.
 * Refusals are HTTP 400 / code 1201 naming the field (1200 for a body that is not an object). Unknown fields are
 * ignored.
 */
final class Kling2Validator {

    static final int T2V_PROMPT_MAX = 2500;
    static final int CONTENT_PROMPT_MAX = 3072;
    static final int MAX_ELEMENTS = 3;
    private static final List<String> CONTENT_TYPES = List.of("prompt", "first_frame", "last_frame", "element");
    static final int OMNI_MAX_REFERENCES = 7;

    /** What the contents of an image-to-video request said. */
    record Contents(List<String> prompts, String imageProblem) {
    }

    CreateRequest validate(String operation, String modelName, Kling2Models.Model model, JsonNode raw) {
        JsonNode body = Fields.body(raw);
        JsonNode settings = Fields.object(body, "settings", "settings");
        boolean omni = "omni-video".equals(operation);
        String audio = Fields.oneOf(settings, "audio", "settings.audio",
                omni ? List.of("native", "original", "off") : List.of("native", "off"), "off");
        String resolution = Fields.oneOf(settings, "resolution", "settings.resolution", model.resolutions(), "720p");
        if ("native".equals(audio) && model.audioNeeds1080p() && !"1080p".equals(resolution)) {
            throw ApiException.invalidField("settings.audio", "settings.audio native needs settings.resolution 1080p"
                                                              + " for " + modelName);
        }
        int duration = Fields.integer(settings, "duration", "settings.duration", 1, 60, 5);
        if (!model.seconds(operation).contains(duration)) {
            throw ApiException.invalidField("settings.duration", "settings.duration must be one of "
                                                                 + model.seconds(operation) + " for " + modelName);
        }
        Fields.bool(settings, "multi_shot", "settings.multi_shot", false);
        Contents contents;
        if ("text2video".equals(operation)) {
            Fields.oneOf(settings, "aspect_ratio", "settings.aspect_ratio", List.of("16:9", "9:16", "1:1"), "16:9");
            contents = new Contents(List.of(Fields.requiredString(body, "prompt", "prompt", T2V_PROMPT_MAX)), null);
        } else if (omni) {
            Fields.oneOf(settings, "aspect_ratio", "settings.aspect_ratio", List.of("16:9", "9:16", "1:1"), "16:9");
            contents = Kling2OmniContents.read(body);
        } else {
            contents = contents(body);
        }
        JsonNode options = Fields.object(body, "options", "options");
        String callbackUrl = Fields.httpUrl(options, "callback_url", "options.callback_url");
        String externalId = Fields.string(options, "external_task_id", "options.external_task_id", 256);
        JsonNode watermark = Fields.object(options, "watermark_info", "options.watermark_info");
        boolean watermarked = Fields.bool(watermark, "enabled", "options.watermark_info.enabled", false);
        String mode = switch (resolution) {
            case "1080p" -> "pro";
            case "4k" -> "4k";
            default -> "std";
        };
        return new CreateRequest(Dialect.KLING2, modelName, operation, model.legacyModel(), mode, duration,
                "native".equals(audio), externalId == null || externalId.isEmpty() ? null : externalId, callbackUrl,
                watermarked, contents.prompts(), contents.imageProblem());
    }

    /** contents[]: at most one prompt, exactly one first_frame, at most one last_frame, up to 3 elements. */
    private static Contents contents(JsonNode body) {
        JsonNode items = Fields.array(body, "contents", "contents");
        if (items.isEmpty()) {
            throw ApiException.missingField("contents");
        }
        List<String> prompts = new ArrayList<>();
        String first = null;
        String last = null;
        int elements = 0;
        for (int i = 0; i < items.size(); i++) {
            String path = "contents[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw ApiException.invalidField(path, path + " must be an object");
            }
            if (!Fields.present(item, "type")) {
                throw ApiException.missingField(path + ".type");
            }
            String type = Fields.oneOf(item, "type", path + ".type", CONTENT_TYPES, null);
            switch (type) {
                case "prompt" -> {
                    once(!prompts.isEmpty(), path, "prompt");
                    prompts.add(Fields.requiredString(item, "text", path + ".text", CONTENT_PROMPT_MAX));
                }
                case "first_frame" -> {
                    once(first != null, path, "first_frame");
                    first = Fields.requiredString(item, "url", path + ".url", Integer.MAX_VALUE);
                }
                case "last_frame" -> {
                    once(last != null, path, "last_frame");
                    last = Fields.requiredString(item, "url", path + ".url", Integer.MAX_VALUE);
                }
                default -> {
                    if (++elements > MAX_ELEMENTS) {
                        throw ApiException.invalidField(path, "contents may hold at most " + MAX_ELEMENTS
                                                              + " elements");
                    }
                    element(item, path);
                }
            }
        }
        if (first == null) {
            throw ApiException.invalidField("contents", "contents must contain a first_frame"
                                                        + (last != null ? " (a last_frame alone is not supported)"
                                                                : ""));
        }
        String problem = ImageInspector.inspect(first, true);
        if (last != null && problem == null) {
            problem = ImageInspector.inspect(last, false);
        }
        return new Contents(prompts, problem);
    }

    private static void once(boolean seen, String path, String type) {
        if (seen) {
            throw ApiException.invalidField(path, "contents may hold only one " + type);
        }
    }

    private static void element(JsonNode item, String path) {
        JsonNode elementId = item.get("element_id");
        if (elementId == null || !(elementId.isTextual() || elementId.isIntegralNumber())
                || elementId.asText().isBlank()) {
            throw ApiException.missingField(path + ".element_id");
        }
        Fields.requiredString(item, "id", path + ".id", 256);
    }
}
