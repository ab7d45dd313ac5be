package dev.camelkling.client.model;

import java.util.List;
import java.util.Map;

/**
 * The fields text-to-video and image-to-video share. A {@code null} means "not set": Kling's default applies
 * and the field is not sent.
 */
public interface VideoGenerationRequest extends KlingRequest {

    /** Kling's {@code model_name}. */
    @Override
    String model();

    String prompt();

    String negativePrompt();

    /** {@code std}, {@code pro} or {@code 4k}. */
    String mode();

    /** Seconds; sent as a string. */
    Integer duration();

    /** Native audio ({@code sound: on/off}). */
    Boolean sound();

    Double cfgScale();

    CameraControl cameraControl();

    Boolean multiShot();

    /** {@code customize} or {@code intelligence}. */
    String shotType();

    List<MultiShotPrompt> multiPrompt();

    /** Also produce a watermarked copy ({@code watermark_info.enabled}). */
    Boolean watermark();

    String callbackUrl();

    @Override
    String externalTaskId();

    /** Further documented Kling fields passed through as given (e.g. {@code voice_list}). */
    Map<String, Object> extraFields();
}
