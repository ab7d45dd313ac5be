package dev.camelkling.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field rules shared by text2video and image2video (docs/kling-api-notes.md §8.2/§8.4), written from the docs
 * independently of the client. Every violation is HTTP 400 / code 1201 with a message naming the field; an unknown
 * model is HTTP 404 / code 1203. Unknown fields are ignored, like the real service.
 */
abstract class VideoRequestValidator {

    static final int PROMPT_MAX = 2500;
    static final int SHOT_PROMPT_MAX = 512;
    static final int MAX_SHOTS = 6;
    private static final Set<String> CAMERA_TYPES = Set.of("simple", "down_back", "forward_up",
            "right_turn_forward", "left_turn_forward");
    private static final List<String> CAMERA_AXES = List.of("horizontal", "vertical", "pan", "tilt", "roll", "zoom");

    abstract String operation();

    abstract Set<String> models();

    /** Whether a prompt is mandatory when multi_shot is off. */
    abstract boolean promptRequired();

    /** Operation-specific checks; returns the image problem that will fail the task later, or null. */
    abstract String validateSpecific(JsonNode body, String model);

    final CreateRequest validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, 1200, "request body must be a JSON object");
        }
        String model = model(body);
        String mode = enumString(body, "mode", "std", VideoModels.modes(model), model);
        int duration = duration(body, model);
        boolean sound = sound(body, model, mode);
        cfgScale(body, model);
        boolean multiShot = multiShot(body, model);
        List<String> prompts = new ArrayList<>();
        String shotType = multiShot ? shotType(body) : null;
        String prompt = optionalString(body, "prompt", PROMPT_MAX);
        boolean needsPrompt = multiShot ? "intelligence".equals(shotType) : promptRequired();
        if (needsPrompt && (prompt == null || prompt.isBlank())) {
            throw ApiException.invalidParam("prompt is required");
        }
        if (prompt != null && !(multiShot && "customize".equals(shotType))) { // customize ignores prompt
            prompts.add(prompt);
        }
        if ("customize".equals(shotType)) {
            prompts.addAll(multiPrompt(body, duration));
        }
        optionalString(body, "negative_prompt", PROMPT_MAX);
        cameraControl(body);
        boolean watermark = watermark(body);
        String callbackUrl = callbackUrl(body);
        String externalTaskId = externalTaskId(body);
        String imageProblem = validateSpecific(body, model);
        return new CreateRequest(operation(), model, mode, duration, sound, externalTaskId, callbackUrl, watermark,
                prompts, imageProblem);
    }

    private String model(JsonNode body) {
        JsonNode node = body.get("model_name");
        // "model" (the old field name) is deliberately not read: the real service treats it as absent.
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return VideoModels.DEFAULT_MODEL;
        }
        if (!node.isTextual()) {
            throw ApiException.invalidParam("model_name must be a string");
        }
        String model = node.asText();
        if (!models().contains(model)) {
            throw ApiException.notFound("model not found: " + model);
        }
        return model;
    }

    private static int duration(JsonNode body, String model) {
        JsonNode node = body.get("duration");
        if (node == null || node.isNull()) {
            return 5;
        }
        if (!node.isTextual()) {
            throw ApiException.invalidParam("duration must be a string");
        }
        int seconds = parseSeconds(node.asText());
        if (!VideoModels.durationAllowed(model, seconds)) {
            throw ApiException.invalidParam("duration must be one of " + VideoModels.durationChoices(model)
                                            + " for " + model);
        }
        return seconds;
    }

    /** Parses "5" style seconds; returns -1 for anything that is not a plain non-negative integer. */
    static int parseSeconds(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    private static boolean sound(JsonNode body, String model, String mode) {
        String sound = enumString(body, "sound", "off", List.of("on", "off"), null);
        if ("on".equals(sound) && !VideoModels.soundAllowed(model, mode)) {
            throw ApiException.invalidParam("sound on is only supported by kling-v2-6 in mode pro and by kling-v3"
                                            + " (got " + model + " mode " + mode + ")");
        }
        return "on".equals(sound);
    }

    private static void cfgScale(JsonNode body, String model) {
        JsonNode node = body.get("cfg_scale");
        if (node == null || node.isNull()) {
            return;
        }
        if (VideoModels.isV2Family(model)) {
            throw ApiException.invalidParam("cfg_scale is not supported by " + model);
        }
        if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
            throw ApiException.invalidParam("cfg_scale must be a number in [0, 1]");
        }
    }

    private static boolean multiShot(JsonNode body, String model) {
        JsonNode node = body.get("multi_shot");
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw ApiException.invalidParam("multi_shot must be a boolean");
        }
        if (node.asBoolean() && !VideoModels.V3.equals(model)) {
            throw ApiException.invalidParam("multi_shot is only supported by kling-v3");
        }
        return node.asBoolean();
    }

    private static String shotType(JsonNode body) {
        JsonNode node = body.get("shot_type");
        if (node == null || node.isNull()) {
            throw ApiException.invalidParam("shot_type is required when multi_shot is true");
        }
        return enumString(body, "shot_type", null, List.of("customize", "intelligence"), null);
    }

    static List<String> multiPrompt(JsonNode body, int totalSeconds) {
        JsonNode shots = body.get("multi_prompt");
        if (shots == null || !shots.isArray() || shots.isEmpty() || shots.size() > MAX_SHOTS) {
            throw ApiException.invalidParam("multi_prompt must be an array of 1 to " + MAX_SHOTS
                                            + " shots when shot_type is customize");
        }
        List<String> prompts = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < shots.size(); i++) {
            JsonNode shot = shots.get(i);
            String where = "multi_prompt[" + i + "]";
            if (!shot.isObject()) {
                throw ApiException.invalidParam(where + " must be an object");
            }
            if (!shot.path("index").isIntegralNumber()) {
                throw ApiException.invalidParam(where + ".index must be an integer");
            }
            JsonNode prompt = shot.get("prompt");
            if (prompt == null || !prompt.isTextual() || prompt.asText().isBlank()) {
                throw ApiException.invalidParam(where + ".prompt is required");
            }
            if (prompt.asText().length() > SHOT_PROMPT_MAX) {
                throw ApiException.invalidParam(where + ".prompt must be at most " + SHOT_PROMPT_MAX + " characters");
            }
            JsonNode duration = shot.get("duration");
            if (duration == null || !duration.isTextual()) {
                throw ApiException.invalidParam(where + ".duration must be a string");
            }
            int seconds = parseSeconds(duration.asText());
            if (seconds < 1 || seconds > totalSeconds) {
                throw ApiException.invalidParam(where + ".duration must be between 1 and " + totalSeconds);
            }
            sum += seconds;
            prompts.add(prompt.asText());
        }
        if (sum != totalSeconds) {
            throw ApiException.invalidParam("multi_prompt durations must add up to duration (" + totalSeconds
                                            + "), got " + sum);
        }
        return prompts;
    }

    private static void cameraControl(JsonNode body) {
        JsonNode node = body.get("camera_control");
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw ApiException.invalidParam("camera_control must be an object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual() || !CAMERA_TYPES.contains(type.asText())) {
            throw ApiException.invalidParam("camera_control.type must be one of " + sorted(CAMERA_TYPES));
        }
        JsonNode config = node.get("config");
        boolean hasConfig = config != null && !config.isNull();
        if (!"simple".equals(type.asText())) {
            if (hasConfig) {
                throw ApiException.invalidParam("camera_control.config must be empty for type " + type.asText());
            }
            return;
        }
        if (!hasConfig || !config.isObject()) {
            throw ApiException.invalidParam("camera_control.config is required for type simple");
        }
        int nonZero = 0;
        for (String axis : CAMERA_AXES) {
            JsonNode value = config.get(axis);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isNumber() || value.asDouble() < -10 || value.asDouble() > 10) {
                throw ApiException.invalidParam("camera_control.config." + axis + " must be a number in [-10, 10]");
            }
            if (value.asDouble() != 0) {
                nonZero++;
            }
        }
        if (nonZero != 1) {
            throw ApiException.invalidParam("camera_control.config must have exactly one non-zero value of "
                                            + CAMERA_AXES);
        }
    }

    static boolean watermark(JsonNode body) {
        JsonNode node = body.get("watermark_info");
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            throw ApiException.invalidParam("watermark_info must be an object {\"enabled\": boolean}");
        }
        JsonNode enabled = node.get("enabled");
        if (enabled != null && !enabled.isNull() && !enabled.isBoolean()) {
            throw ApiException.invalidParam("watermark_info.enabled must be a boolean");
        }
        return enabled != null && enabled.asBoolean(false);
    }

    static String callbackUrl(JsonNode body) {
        String url = optionalString(body, "callback_url", 2048);
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // fall through to the error below
        }
        throw ApiException.invalidParam("callback_url must be an http(s) URL");
    }

    static String externalTaskId(JsonNode body) {
        String id = optionalString(body, "external_task_id", 256);
        return id == null || id.isEmpty() ? null : id;
    }

    /** Reads an optional string field, enforcing type and maximum length. */
    /** Refuses a control field (voice_list, element_list) the model does not have. */
    static void control(JsonNode body, String field, String model, Set<String> models) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !models.contains(model)) {
            throw ApiException.invalidParam(field + " is not supported by " + model);
        }
    }

    static String optionalString(JsonNode body, String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.invalidParam(field + " must be a string");
        }
        if (node.asText().length() > maxLength) {
            throw ApiException.invalidParam(field + " must be at most " + maxLength + " characters");
        }
        return node.asText();
    }

    /** Reads an optional enumerated string; {@code model} (nullable) is named in the message when it matters. */
    static String enumString(JsonNode body, String field, String defaultValue, List<String> allowed, String model) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            throw ApiException.invalidParam(field + " must be one of " + allowed
                                            + (model == null ? "" : " for " + model));
        }
        return node.asText();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
