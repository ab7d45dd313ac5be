package dev.camelkling.client.model;

import java.util.List;
import java.util.Locale;

/**
 * The wire fields text-to-video and image-to-video share, in camelCase ({@code modelName} is {@code model_name}). A
 * {@code null} means "not set": Kling's default applies and the field is not sent.
 */
public interface VideoGenerationRequest extends KlingRequest {

    String modelName();

    String prompt();

    String negativePrompt();

    /** {@code std}, {@code pro} or {@code 4k}. */
    String mode();

    /** Seconds as Kling's string enum, e.g. {@code "5"}. */
    String duration();

    /** Native audio: {@code on} or {@code off}. */
    String sound();

    Double cfgScale();

    CameraControl cameraControl();

    Boolean multiShot();

    /** {@code customize} or {@code intelligence}. */
    String shotType();

    List<MultiShotPrompt> multiPrompt();

    /** Voices the characters speak with (sound on). */
    List<VoiceRef> voiceList();

    /** Also produce a watermarked copy ({@code watermark_info.enabled}). */
    WatermarkInfo watermarkInfo();

    String callbackUrl();

    @Override
    String externalTaskId();

    @Override
    default String model() {
        return modelName();
    }

    /**
     * Kling writes the switch as on/off; a route may write true/false (a Map body, a typed field). Anything else is
     * kept for the validator to refuse.
     */
    static String onOff(String sound) {
        if (sound == null) {
            return null;
        }
        String text = sound.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "on" -> "on";
            case "false", "off" -> "off";
            default -> sound;
        };
    }

    /** A shot list only makes sense in a customised multi-shot video, so giving one implies {@code multi_shot}. */
    static Boolean impliedMultiShot(Boolean multiShot, List<MultiShotPrompt> multiPrompt) {
        return multiPrompt != null && multiShot == null ? Boolean.TRUE : multiShot;
    }

    /** ... and {@code shot_type: customize}, unless set otherwise. */
    static String impliedShotType(String shotType, Boolean multiShot, List<MultiShotPrompt> multiPrompt) {
        return multiPrompt != null && Boolean.TRUE.equals(multiShot) && shotType == null ? "customize" : shotType;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
