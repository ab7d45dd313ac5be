package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules of the apimodels.app gateway {@code POST /api/v1/video/generations} (docs/kling-api-notes.md §14.3).
 * Field names mirror the legacy Kling API; the presence of {@code image} selects image-to-video. Refusals are 400.
 * Unknown fields are ignored.
 */
final class ApimodelsValidator {

    static final String V2_6 = "kling-v2-6";
    static final String V3 = "kling-v3";
    static final String MOTION_CONTROL = "kling-motion-control";
    static final int PROMPT_MAX = 2500;
    private static final List<String> MODELS = List.of(V2_6, V3, MOTION_CONTROL);
    private static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1");

    CreateRequest validate(JsonNode raw) {
        JsonNode body = Fields.body(raw);
        String model = Fields.requiredString(body, "model", "model", 100);
        if (!MODELS.contains(model)) {
            throw ApiException.invalidField("model", "model must be one of " + MODELS + ", got " + model);
        }
        String prompt = Fields.string(body, "prompt", "prompt", PROMPT_MAX);
        String image = Fields.string(body, "image", "image", Integer.MAX_VALUE);
        boolean hasImage = image != null && !image.isBlank();
        if (!hasImage && (prompt == null || prompt.isBlank())) {
            throw ApiException.missingField("prompt"); // text-to-video
        }
        String mode = Fields.oneOf(body, "mode", "mode", List.of("std", "pro"), "std");
        int duration = duration(body, model);
        boolean sound = sound(body, model, mode);
        Fields.string(body, "negative_prompt", "negative_prompt", PROMPT_MAX);
        Fields.oneOf(body, "aspect_ratio", "aspect_ratio", ASPECT_RATIOS, "16:9");
        Fields.number(body, "cfg_scale", "cfg_scale", 0, 1);
        String callbackUrl = Fields.httpUrl(body, "callback_url", "callback_url");
        voiceList(body, model, sound);
        Fields.object(body, "camera_control", "camera_control");
        if (Fields.bool(body, "multi_shot", "multi_shot", false) && !V3.equals(model)) {
            throw ApiException.invalidField("multi_shot", "multi_shot is only supported by kling-v3");
        }
        JsonNode watermark = Fields.object(body, "watermark_info", "watermark_info");
        boolean watermarked = Fields.bool(watermark, "enabled", "watermark_info.enabled", false);
        motionVideo(body, model, hasImage);
        String imageProblem = hasImage ? ImageInspector.inspect(image, true) : null;
        String tail = Fields.string(body, "image_tail", "image_tail", Integer.MAX_VALUE);
        if (tail != null && !tail.isBlank()) {
            if (!hasImage) {
                throw ApiException.invalidField("image_tail", "image_tail requires image (image-to-video only)");
            }
            String tailProblem = ImageInspector.inspect(tail, false);
            imageProblem = imageProblem != null ? imageProblem : tailProblem;
        }
        List<String> prompts = prompt == null || prompt.isBlank() ? List.of() : List.of(prompt);
        return new CreateRequest(Dialect.APIMODELS, model, hasImage ? "image2video" : "text2video",
                MOTION_CONTROL.equals(model) ? V3 : model, mode, duration, sound, null, callbackUrl, watermarked,
                prompts, imageProblem);
    }

    /** A JSON string: "5"/"10" for kling-v2-6, "3".."15" for kling-v3, "3".."30" for motion control; default 5. */
    private static int duration(JsonNode body, String model) {
        if (!Fields.present(body, "duration")) {
            return 5;
        }
        JsonNode node = body.get("duration");
        if (!node.isTextual()) {
            throw ApiException.invalidField("duration", "duration must be a string");
        }
        int seconds = Fields.seconds(node.asText());
        boolean ok = switch (model) {
            case V2_6 -> seconds == 5 || seconds == 10;
            case V3 -> seconds >= 3 && seconds <= 15;
            default -> seconds >= 3 && seconds <= 30;
        };
        if (!ok) {
            String choices = switch (model) {
                case V2_6 -> "\"5\" or \"10\"";
                case V3 -> "\"3\" to \"15\"";
                default -> "\"3\" to \"30\"";
            };
            throw ApiException.invalidField("duration", "duration must be " + choices + " for " + model);
        }
        return seconds;
    }

    private static boolean sound(JsonNode body, String model, String mode) {
        boolean on = "on".equals(Fields.oneOf(body, "sound", "sound", List.of("on", "off"), "off"));
        if (on && !(V3.equals(model) || (V2_6.equals(model) && "pro".equals(mode)))) {
            throw ApiException.invalidField("sound", "sound on is only supported by kling-v3 and by kling-v2-6 in"
                                                     + " mode pro");
        }
        return on;
    }

    private static void voiceList(JsonNode body, String model, boolean sound) {
        JsonNode voices = Fields.array(body, "voice_list", "voice_list");
        if (voices.isEmpty()) {
            return;
        }
        if (voices.size() > 2) {
            throw ApiException.invalidField("voice_list", "voice_list must have at most 2 voices");
        }
        if (MOTION_CONTROL.equals(model) || !sound) {
            throw ApiException.invalidField("voice_list", "voice_list needs kling-v2-6 or kling-v3 with sound on");
        }
    }

    private static void motionVideo(JsonNode body, String model, boolean hasImage) {
        String motionVideo = Fields.httpUrl(body, "motion_video", "motion_video");
        if (!MOTION_CONTROL.equals(model)) {
            if (motionVideo != null) {
                throw ApiException.invalidField("motion_video", "motion_video is only supported by "
                                                                + MOTION_CONTROL);
            }
            return;
        }
        if (!hasImage) {
            throw ApiException.missingField("image");
        }
        if (motionVideo == null) {
            throw ApiException.missingField("motion_video");
        }
    }
}
