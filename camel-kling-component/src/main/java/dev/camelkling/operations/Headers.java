package dev.camelkling.operations;

/**
 * The names of the headers a route sets request fields with. The operation declarations name them; the component's
 * {@code KlingConstants} documents them for users under the same values (one literal each, here).
 */
public final class Headers {

    public static final String ASPECT_RATIO = "CamelKlingAspectRatio";
    public static final String SIZE = "CamelKlingSize";
    public static final String SCENE_TYPE = "CamelKlingSceneType";
    public static final String AUDIO = "CamelKlingAudio";
    public static final String CALLBACK_URL = "CamelKlingCallbackUrl";
    public static final String CAMERA_CONTROL = "CamelKlingCameraControl";
    public static final String CFG_SCALE = "CamelKlingCfgScale";
    public static final String DURATION = "CamelKlingDuration";
    public static final String EXTERNAL_TASK_ID = "CamelKlingExternalTaskId";
    public static final String IMAGE = "CamelKlingImage";
    public static final String IMAGE_TAIL = "CamelKlingImageTail";
    public static final String MODE = "CamelKlingMode";
    public static final String MODEL = "CamelKlingModel";
    public static final String ELEMENT_ID = "CamelKlingElementId";
    public static final String MULTI_PROMPT = "CamelKlingMultiPrompt";
    public static final String N = "CamelKlingN";
    public static final String NEGATIVE_PROMPT = "CamelKlingNegativePrompt";
    public static final String PROMPT = "CamelKlingPrompt";
    public static final String RESOLUTION = "CamelKlingResolution";
    public static final String SESSION_ID = "CamelKlingSessionId";
    public static final String SOUND = "CamelKlingSound";
    public static final String VIDEO = "CamelKlingVideo";
    public static final String VOICE_ID = "CamelKlingVoiceId";
    public static final String WATERMARK = "CamelKlingWatermark";

    private Headers() {
    }
}
