package dev.camelkling.capabilities;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.VideoGenerationRequest;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * The checks text-to-video and image-to-video share. Each method throws on the first broken rule; the validators
 * call them in order.
 */
final class VideoRuleChecks {

    private VideoRuleChecks() {
    }

    static KlingValidationException invalid(String field, String rule) {
        return new KlingValidationException(field, rule);
    }

    /** The row for the request's model; a {@code null} model means Kling's default model. */
    static ModelCapability capability(CapabilityMap map, String operation, String model) {
        String name = model == null ? map.defaultModel(operation) : model;
        return map.find(operation, name).orElseThrow(() -> invalid("model_name",
                "must be one of " + map.models(operation) + " for " + operation
                                                                                 + (model == null
                                                                                         ? " (got Kling's default "
                                                                                           + name + ")" : " (got '"
                                                                                                          + model
                                                                                                          + "')")));
    }

    /** The mode Kling will use: the request's, or {@code std}. */
    static String effectiveMode(VideoGenerationRequest r) {
        return r.mode() == null ? CapabilityMap.DEFAULT_MODE : r.mode();
    }

    /** The duration Kling will use: the request's, or 5 s. */
    static int effectiveDuration(VideoGenerationRequest r) {
        if (r.duration() == null) {
            return CapabilityMap.DEFAULT_DURATION;
        }
        try {
            return Integer.parseInt(r.duration().strip());
        } catch (NumberFormatException e) {
            throw invalid("duration", "must be a whole number of seconds, got '" + r.duration() + "'");
        }
    }

    static boolean isOn(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    /** Native audio asked for ({@code sound: on}). */
    static boolean soundOn(VideoGenerationRequest r) {
        return "on".equals(r.sound());
    }

    /** Mode and duration (Kling's defaults included, since a model might not accept them), then sound. */
    static void modeDurationAndSound(VideoGenerationRequest r, ModelCapability cap) {
        String mode = effectiveMode(r);
        if (!cap.modes().contains(mode)) {
            throw invalid("mode", "must be " + describe(cap.modes()) + " for " + cap.model() + got(r.mode(), mode));
        }
        int duration = effectiveDuration(r);
        if (!cap.durations().contains(duration)) {
            throw invalid("duration",
                    "must be " + describe(cap.durations()) + " for " + cap.model() + got(r.duration(), duration));
        }
        if (r.sound() != null && !"on".equals(r.sound()) && !"off".equals(r.sound())) {
            throw invalid("sound", "must be on/off or true/false, got '" + r.sound() + "'");
        }
        if (soundOn(r)) {
            if (!cap.supportsSound()) {
                throw invalid("sound", "on is not supported by " + cap.model() + " (it makes silent videos)");
            }
            if (!cap.soundModes().contains(mode)) {
                throw invalid("sound", "on needs mode " + describe(cap.soundModes()) + " for " + cap.model()
                                       + got(r.mode(), mode));
            }
        }
    }

    static void cfgScale(VideoGenerationRequest r, ModelCapability cap) {
        Double cfg = r.cfgScale();
        if (cfg == null) {
            return;
        }
        if (!cap.cfgScale()) {
            String why = cap.model().startsWith("kling-v2") ? " (kling-v2.x models do not support cfg_scale)" : "";
            throw invalid("cfg_scale", "is not supported by " + cap.model() + why);
        }
        if (!(cfg >= 0 && cfg <= 1)) {
            throw invalid("cfg_scale", "must be between 0 and 1 (got " + cfg + ")");
        }
    }

    /**
     * {@code multi_shot}, {@code shot_type} and {@code multi_prompt}. Kling silently ignores the last two without
     * {@code multi_shot: true}; they are rejected here because sending them is almost certainly a mistake.
     */
    static void multiShot(VideoGenerationRequest r, ModelCapability cap, CapabilityMap map) {
        if (!isOn(r.multiShot())) {
            if (r.shotType() != null) {
                throw invalid("shot_type", "only applies when multi_shot is true");
            }
            if (r.multiPrompt() != null && !r.multiPrompt().isEmpty()) {
                throw invalid("multi_prompt", "only applies when multi_shot is true");
            }
            return;
        }
        if (!cap.multiShot()) {
            Set<String> supporting = map.capabilities().stream()
                    .filter(c -> c.operation().equals(cap.operation()) && c.multiShot())
                    .map(ModelCapability::model)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            throw invalid("multi_shot", "is not supported by " + cap.model() + "; only by " + supporting);
        }
        if (r.shotType() == null || !CapabilityMap.SHOT_TYPES.contains(r.shotType())) {
            throw invalid("shot_type", "must be one of " + CapabilityMap.SHOT_TYPES + " when multi_shot is true"
                                       + got(r.shotType(), null));
        }
        if ("customize".equals(r.shotType())) {
            shots(r.multiPrompt(), effectiveDuration(r));
        }
    }

    static void shots(List<MultiShotPrompt> shots, int videoDuration) {
        if (shots == null || shots.isEmpty()) {
            throw invalid("multi_prompt", "is required when shot_type is customize (1 to "
                                          + CapabilityMap.MAX_SHOTS + " shots)");
        }
        int n = shots.size();
        if (n > CapabilityMap.MAX_SHOTS) {
            throw invalid("multi_prompt", "must have at most " + CapabilityMap.MAX_SHOTS + " shots (got " + n + ")");
        }
        Set<Integer> indexes = new HashSet<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            String field = "multi_prompt[" + i + "]";
            MultiShotPrompt shot = shots.get(i);
            if (isBlank(shot.prompt())) {
                throw invalid(field + ".prompt", "must not be blank");
            }
            int length = length(shot.prompt());
            if (length > CapabilityMap.MAX_SHOT_PROMPT_LENGTH) {
                throw invalid(field + ".prompt", "must be at most " + CapabilityMap.MAX_SHOT_PROMPT_LENGTH
                                                 + " characters (got " + length + ")");
            }
            if (shot.duration() < 1) {
                throw invalid(field + ".duration", "must be at least 1 second (got " + shot.duration() + ")");
            }
            if (shot.index() < 1 || shot.index() > n) {
                throw invalid(field + ".index",
                        "must be between 1 and " + n + ", the number of shots (got " + shot.index() + ")");
            }
            if (!indexes.add(shot.index())) {
                throw invalid(field + ".index", "must be distinct; " + shot.index() + " is used by an earlier shot");
            }
            total += shot.duration();
        }
        if (total != videoDuration) {
            throw invalid("multi_prompt", "shot durations must add up to the video duration of " + videoDuration
                                          + " s (they add up to " + total + " s)");
        }
    }

    /**
     * {@code prompt} and {@code negative_prompt} lengths, and {@code prompt} presence.
     *
     * @param promptRequired whether a non-blank prompt is needed
     * @param whenRequired   completes "prompt is required", e.g. " when shot_type is intelligence"
     */
    static void prompts(VideoGenerationRequest r, boolean promptRequired, String whenRequired) {
        if (promptRequired && isBlank(r.prompt())) {
            throw invalid("prompt", "is required" + whenRequired);
        }
        maxLength("prompt", r.prompt());
        maxLength("negative_prompt", r.negativePrompt());
    }

    private static void maxLength(String field, String text) {
        if (text != null && length(text) > CapabilityMap.MAX_PROMPT_LENGTH) {
            throw invalid(field, "must be at most " + CapabilityMap.MAX_PROMPT_LENGTH + " characters (got "
                                 + length(text) + ")");
        }
    }

    static void cameraControl(VideoGenerationRequest r, ModelCapability cap) {
        CameraControl camera = r.cameraControl();
        if (camera == null) {
            return;
        }
        CameraSupport support = cap.camera();
        if (!support.isSupported()) {
            throw invalid("camera_control", "is not supported by " + cap.model() + " for " + cap.operation());
        }
        String type = camera.type();
        if (type == null || !CapabilityMap.CAMERA_TYPES.contains(type)) {
            throw invalid("camera_control.type", "must be one of " + CapabilityMap.CAMERA_TYPES + got(type, null));
        }
        if (!support.types().contains(type)) {
            throw invalid("camera_control.type", "must be " + describe(support.types()) + " for " + cap.model()
                                                 + got(type, null));
        }
        if ("simple".equals(type)) {
            simpleConfig(camera.config());
        } else if (camera.config() != null) {
            throw invalid("camera_control.config", "must be absent when type is " + type);
        }
        String mode = effectiveMode(r);
        if (!support.modes().contains(mode)) {
            throw invalid("camera_control", "needs mode " + describe(support.modes()) + " for " + cap.model()
                                            + got(r.mode(), mode));
        }
        int duration = effectiveDuration(r);
        if (!support.durations().contains(duration)) {
            throw invalid("camera_control", "needs duration " + describe(support.durations()) + " for "
                                            + cap.model() + got(r.duration(), duration));
        }
    }

    private static void simpleConfig(CameraConfig config) {
        if (config == null) {
            throw invalid("camera_control.config", "is required when type is simple");
        }
        double[] values = config.values();
        List<String> nonZero = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            String axis = CameraConfig.AXES[i];
            if (!(v >= CapabilityMap.MIN_CAMERA_AXIS && v <= CapabilityMap.MAX_CAMERA_AXIS)) {
                throw invalid("camera_control.config." + axis, "must be between -10 and 10 (got " + v + ")");
            }
            if (v != 0) {
                nonZero.add(axis);
            }
        }
        if (nonZero.size() != 1) {
            throw invalid("camera_control.config", "must have exactly one non-zero axis (got " + nonZero.size()
                                                   + (nonZero.isEmpty() ? "" : ": " + String.join(", ", nonZero))
                                                   + ")");
        }
    }

    /** {@code callback_url} and {@code external_task_id}. */
    static void delivery(VideoGenerationRequest r) {
        if (r.callbackUrl() != null && !isAbsoluteHttpUrl(r.callbackUrl())) {
            // the URL itself is not echoed: callback URLs often carry a secret
            throw invalid("callback_url", "must be an absolute http(s) URL");
        }
        if (r.externalTaskId() != null && r.externalTaskId().isBlank()) {
            throw invalid("external_task_id", "must not be blank");
        }
    }

    private static boolean isAbsoluteHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@code voice_list} (not with {@code element_list}, only with sound on) and the documented limits on the
     * lists: voices, elements, motion-brush groups.
     *
     * @param elements the request's {@code element_list}, or {@code null}
     * @param masks    the request's {@code dynamic_masks}, or {@code null}
     */
    static void lists(VideoGenerationRequest r, List<?> elements, List<?> masks) {
        if (r.voiceList() != null) {
            if (elements != null) {
                throw invalid("voice_list", "cannot be combined with element_list (Kling accepts one or the other)");
            }
            if (!soundOn(r)) {
                throw invalid("voice_list", "requires sound on");
            }
        }
        atMost(r.voiceList(), "voice_list", CapabilityMap.MAX_VOICES, "voices");
        atMost(elements, "element_list", CapabilityMap.MAX_ELEMENTS, "elements");
        atMost(masks, "dynamic_masks", CapabilityMap.MAX_DYNAMIC_MASKS, "mask groups");
    }

    /**
     * Voice and element control, which the capability map grants per model (docs/kling-api-notes.md §9.2, §9.3): a
     * model without it refuses the field instead of Kling ignoring it or failing the paid task.
     */
    static void controls(VideoGenerationRequest r, List<?> elements, ModelCapability cap) {
        if (r.voiceList() != null && !cap.voiceList()) {
            throw invalid("voice_list", "is not supported by " + cap.model() + " on " + cap.operation()
                                        + " (Kling's capability map: no voice control)");
        }
        if (elements != null && !cap.elementList()) {
            throw invalid("element_list", "is not supported by " + cap.model() + " on " + cap.operation()
                                          + " (Kling's capability map: no element control)");
        }
    }

    private static void atMost(List<?> list, String field, int max, String what) {
        int size = list == null ? -1 : list.size();
        if (size > max) {
            throw invalid(field, "must have at most " + max + " " + what + " (got " + size + ")");
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Characters as a person counts them: code points, so an emoji is one. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** "pro", "one of [std, pro]" or, for a run of three or more integers, "between 3 and 15". */
    static String describe(Set<?> allowed) {
        if (allowed.size() == 1) {
            return String.valueOf(allowed.iterator().next());
        }
        if (allowed.size() > 2 && allowed.stream().allMatch(Integer.class::isInstance)) {
            List<Integer> values = allowed.stream().map(Integer.class::cast).sorted().toList();
            int first = values.get(0);
            int last = values.get(values.size() - 1);
            if (last - first + 1 == values.size()) {
                return "between " + first + " and " + last;
            }
        }
        return "one of " + allowed;
    }

    /** " (got x)", or " (got Kling's default x)" when the value was not set. */
    private static String got(Object given, Object effective) {
        return given != null ? " (got " + given + ")" : effective != null ? " (got Kling's default " + effective + ")"
                : " (got none)";
    }
}
