package dev.camelkling.client.dialect;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.GatewayModel;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.client.model.MotionControlRequest;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * OpenAI-style gateways (docs/kling-api-notes.md §14.1): {@code POST /v1/videos} with {@code model}, {@code prompt},
 * {@code seconds}, {@code image} and Kling's settings under {@code metadata}; {@code GET /v1/videos/{id}}. No external
 * ids, no list, no callbacks.
 */
public final class OpenAiDialect extends VideoJobDialect {

    public static final String NAME = "openai";
    /** Kling model id → the gateway's (docs/kling-api-notes.md §14.1); 3.0 Omni stands on Kling 3.0's rows. */
    private static final Map<String, String> MODELS = Map.of("kling-v3", "Kling-3.0-Omni", "kling-v2-6", "Kling-2.6",
            "kling-v2-5-turbo", "Kling-2.5");
    /** The gateway's names as its page prints them. */
    private static final Map<String, GatewayModel> NAMES = Map.of("Kling-3.0-Omni", GatewayModel.of("kling-v3"),
            "Kling-2.6", GatewayModel.of("kling-v2-6"), "Kling-2.5", GatewayModel.of("kling-v2-5-turbo"));
    /** {@code seconds} per gateway model: 5–15 s for 3.0 Omni, 5–10 s for the others, in steps of 5. */
    private static final Map<String, Set<String>> SECONDS = Map.of("Kling-3.0-Omni", Set.of("5", "10", "15"),
            "Kling-2.6", Set.of("5", "10"), "Kling-2.5", Set.of("5", "10"));
    private static final Set<String> GATEWAY_OPTIONS = Set.of("offpeak", "aspect_ratio", "size", "scene_type",
            "video_url");
    private static final String PATH = "/v1/videos";
    private static final String MOTION_CONTROL = "motion-control";
    /** The page's scenes other than motion control, on text2video and image2video (docs/dialects.md). */
    private static final Set<String> SCENES = Set.of("avatar_i2v", "lip_sync", "template_effect");

    public OpenAiDialect() {
        super(NAME);
    }

    /**
     * Its body has no place for negative prompts, cfg, camera, multi-shot, voices, elements, masks, watermark. Motion
     * control is its {@code motion_control} scene: the character {@code image}, the reference {@code video_url}, the
     * mode as {@code motion_level}; the page has no orientation, sound or element for it.
     */
    private static final CarriedFields CARRIED = withMotionControl(CarriedFields.video(NAME));

    private static CarriedFields withMotionControl(CarriedFields video) {
        Map<String, Set<String>> all = new HashMap<>(video.byOperation());
        all.put(MOTION_CONTROL, Set.of("model_name", "prompt", "image_url", "video_url", "mode", "external_task_id"));
        return new CarriedFields(NAME, all);
    }

    @Override
    public Set<String> operations() {
        return Set.of("text2video", "image2video", MOTION_CONTROL);
    }

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    @Override
    public Map<String, GatewayModel> modelNames() {
        return NAMES;
    }

    /**
     * The page gives motion control no orientation: the gateway chooses it. The request is checked as Kling's
     * orientation video, the one that limits least (a reference video up to 30 s); no rule this dialect carries
     * depends on it otherwise.
     */
    @Override
    @SuppressWarnings("unchecked") // the branch returns the record type it matched
    public <R extends KlingRequest> R checkedAs(String operation, R request) {
        if (request instanceof MotionControlRequest motion && motion.characterOrientation() == null) {
            return (R) motion.withCharacterOrientation("video");
        }
        return request;
    }

    @Override
    public String unservedHint(String operation) {
        return switch (operation) {
            case "avatar", "lip-sync", "effects" -> "; its page's avatar_i2v, lip_sync and template_effect scenes"
                                                    + " are sceneType on kling:image2video or kling:text2video"
                                                    + " (docs/dialects.md)";
            default -> "";
        };
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        ObjectNode gateway = GatewayOptions.take(officialBody, NAME, GATEWAY_OPTIONS);
        WireFields in = new WireFields(officialBody, NAME);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        String model = in.model(MODELS);
        out.put("model", model);
        String mode = in.text("mode");
        if ("4k".equals(mode)) {
            throw new KlingValidationException("mode", "4k is not offered by the " + NAME + " dialect (720P, 1080P)");
        }
        if (MOTION_CONTROL.equals(operation)) {
            return motionControl(in, gateway, out, mode);
        }
        String scene = scene(operation, gateway);
        out.put("prompt", in.text("prompt"));
        String seconds = in.text("duration") == null ? "5" : in.text("duration");
        if (!SECONDS.get(model).contains(seconds)) {
            throw new KlingValidationException("duration", "must be one of " + new TreeSet<>(SECONDS.get(model))
                                                           + " seconds for " + model + " on the " + NAME + " dialect");
        }
        out.put("seconds", seconds);
        if (gateway.has("size")) {
            out.put("size", gateway.get("size").asText());
        }
        if ("image2video".equals(operation)) {
            out.put("image", in.url("image"));
        }
        ObjectNode metadata = out.putObject("metadata");
        ObjectNode config = metadata.putObject("output_config");
        config.put("resolution", "pro".equals(mode) ? "1080P" : "720P");
        // with an image, Kling's request has no ratio: it comes as a gateway option
        String ratio = gateway.has("aspect_ratio") ? gateway.get("aspect_ratio").asText() : in.text("aspect_ratio");
        if (ratio != null) {
            config.put("aspect_ratio", ratio);
        }
        config.put("duration", Integer.parseInt(seconds));
        config.put("audio_generation", in.soundOn() ? "Enabled" : "Disabled");
        if (scene != null) {
            metadata.put("scene_type", scene);
            // the lip_sync scene's video; for the other scenes the header is another step's
            if ("lip_sync".equals(scene)) {
                metadata.put("video_url", WireFields.publicUrl("video_url", gateway.get("video_url").asText(),
                        NAME));
            }
        }
        if (in.has("image_tail")) {
            metadata.put("last_frame_url", in.url("image_tail"));
        }
        offpeak(gateway, metadata);
        return new WireCall(PATH, out);
    }

    /**
     * The page's {@code motion_control} scene: the character {@code image}, the reference {@code video_url} and the
     * mode as {@code motion_level}. No {@code seconds} and no {@code output_config}: the output is as long as the
     * reference video, its resolution is the motion level's, its frame the image's or the video's.
     */
    private static WireCall motionControl(WireFields in, ObjectNode gateway, ObjectNode out, String mode) {
        if (in.has("prompt")) {
            out.put("prompt", in.text("prompt"));
        }
        if (gateway.has("size")) {
            out.put("size", gateway.get("size").asText());
        }
        out.put("image", in.url("image_url"));
        ObjectNode metadata = out.putObject("metadata");
        metadata.put("scene_type", "motion_control");
        metadata.put("motion_level", mode);
        metadata.put("video_url", in.url("video_url"));
        offpeak(gateway, metadata);
        return new WireCall(PATH, out);
    }

    /**
     * The scene a text2video or image2video request asks for, or {@code null}: avatar needs the image it animates,
     * lip sync the video whose lips it moves (the page has no audio field; the gateway decides what it needs more).
     */
    private static String scene(String operation, ObjectNode gateway) {
        if (!gateway.has("scene_type")) {
            return null;
        }
        String scene = gateway.get("scene_type").asText();
        if ("motion_control".equals(scene)) {
            throw new KlingValidationException("scene_type", "motion_control is kling:motion-control on the " + NAME
                                                             + " dialect, with the image, video and mode it needs");
        }
        if (!SCENES.contains(scene)) {
            throw new KlingValidationException("scene_type", "must be one of " + new TreeSet<>(SCENES) + " on the "
                                                             + NAME + " dialect, got '" + scene + "'");
        }
        // our reading of the name: an image-to-video avatar, as Kling's avatar animates an image
        if ("avatar_i2v".equals(scene) && !"image2video".equals(operation)) {
            throw new KlingValidationException("scene_type", "avatar_i2v animates an image: use kling:image2video");
        }
        if ("lip_sync".equals(scene) && !gateway.has("video_url")) {
            throw new KlingValidationException("video_url", "is required by the lip_sync scene (the video whose lips"
                                                            + " move); set the CamelKlingVideo header");
        }
        return scene;
    }

    private static void offpeak(ObjectNode gateway, ObjectNode metadata) {
        if (gateway.has("offpeak")) {
            metadata.put("offpeak", gateway.get("offpeak").asBoolean());
        }
    }

}
